"""`eager`: runs the module in PyTorch. The golden reference; as a config it
checks that a test is deterministic (two fresh runs agree)."""

from __future__ import annotations

import torch

from . import Config, register_config


@register_config
class EagerConfig(Config):
    name = "eager"
    frontend = "torch eager"
    output_type = "-"
    backend = "torch"

    def compile(self, test, module, inputs):
        return module

    def run(self, artifact, inputs):
        with torch.no_grad():
            return artifact(*inputs)
