import sys

from pivot.cli import main

sys.exit(main())
