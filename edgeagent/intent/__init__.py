"""Understanding: templates (hassil), resolution against the catalog, actions, responses."""
