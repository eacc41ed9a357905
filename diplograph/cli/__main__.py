"""``python -m diplograph.cli``: the same command line as the ``diplograph`` script."""

from . import main

main()
