"""The e2e test suite: one module per op family or model family. Importing
this package registers every test."""

import importlib
import pkgutil

for _info in pkgutil.iter_modules(__path__):
    importlib.import_module(f"{__name__}.{_info.name}")
