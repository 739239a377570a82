"""Bounded queues never grow and count what they drop."""

import threading
import time

import pytest

from edgeagent.audio.buffers import BoundedQueue, Closed, PreRoll


def test_live_queue_drops_the_oldest_and_counts() -> None:
    queue: BoundedQueue[int] = BoundedQueue(3, drop_oldest=True)
    for item in range(5):
        queue.put(item)
    assert queue.dropped == 2
    assert [queue.get(), queue.get(), queue.get()] == [2, 3, 4]


def test_file_queue_waits_for_room_and_loses_nothing() -> None:
    queue: BoundedQueue[int] = BoundedQueue(2, drop_oldest=False)
    received: list[int] = []

    def consume() -> None:
        while True:
            try:
                received.append(queue.get())
            except Closed:
                return
            time.sleep(0.001)

    consumer = threading.Thread(target=consume)
    consumer.start()
    for item in range(50):
        queue.put(item)
    queue.close()
    consumer.join(timeout=5)
    assert received == list(range(50))
    assert queue.dropped == 0


def test_closed_queue_drains_then_raises() -> None:
    queue: BoundedQueue[str] = BoundedQueue(4, drop_oldest=False)
    queue.put("last words")
    queue.close()
    assert queue.get() == "last words"
    with pytest.raises(Closed):
        queue.get()
    with pytest.raises(Closed):
        queue.put("too late")


def test_get_times_out() -> None:
    with pytest.raises(TimeoutError):
        BoundedQueue[int](1, drop_oldest=True).get(timeout_seconds=0.01)


def test_a_blocked_producer_is_released_by_close() -> None:
    queue: BoundedQueue[int] = BoundedQueue(1, drop_oldest=False)
    queue.put(1)
    errors: list[BaseException] = []

    def produce() -> None:
        try:
            queue.put(2)
        except Closed as exc:
            errors.append(exc)

    producer = threading.Thread(target=produce)
    producer.start()
    time.sleep(0.05)
    queue.close()
    producer.join(timeout=5)
    assert len(errors) == 1


def test_preroll_keeps_the_last_items() -> None:
    preroll: PreRoll[int] = PreRoll(3)
    preroll.extend(range(10))
    assert preroll.drain() == [7, 8, 9]
    assert preroll.drain() == []


def test_a_zero_preroll_keeps_nothing() -> None:
    preroll: PreRoll[int] = PreRoll(0)
    preroll.extend(range(10))
    assert preroll.drain() == []


def test_a_dropped_item_is_handed_to_on_drop_and_drain_takes_the_rest() -> None:
    dropped: list[int] = []
    queue: BoundedQueue[int] = BoundedQueue(2, drop_oldest=True, on_drop=dropped.append)
    for item in (1, 2, 3):
        queue.put(item)
    assert dropped == [1] and queue.dropped == 1
    assert queue.drain() == [2, 3] and len(queue) == 0
