from counterdesk.cli import main

raise SystemExit(main())
