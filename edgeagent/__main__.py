from edgeagent.cli import main

raise SystemExit(main())
