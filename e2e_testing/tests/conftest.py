import os
import sys

# The harness package, for runs before bootstrap has installed it editable,
# and this directory, for the fixture module `e2e_harness_fixtures` (worker
# processes inherit sys.path).
_HERE = os.path.dirname(os.path.abspath(__file__))
for _p in (os.path.join(os.path.dirname(_HERE), "python"), _HERE):
    if _p not in sys.path:
        sys.path.insert(0, _p)
