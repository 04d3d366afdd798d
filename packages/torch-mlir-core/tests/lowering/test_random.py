"""The random ops' state: a module replays its sequence from its seed
(`set_rng_seed`), draws fresh numbers on every call, and two seeds differ."""

import torch

from torch_mlir_core.lowering.linalg.random import set_rng_seed


def _compiled(seed=None):
    import torch_mlir_fx
    import torch_mlir_refbackend

    module = torch_mlir_fx.export_and_import(lambda x: torch.rand(64) + x, torch.zeros(64),
                                             output_type="linalg-on-tensors")
    if seed is not None:
        set_rng_seed(module, seed)
    return torch_mlir_refbackend.compile(module).main


def test_same_seed_replays_and_calls_differ():
    x = torch.zeros(64)
    a, b = _compiled(7), _compiled(7)
    first, second = a(x), a(x)
    assert not torch.equal(first, second)
    torch.testing.assert_close(b(x), first)
    torch.testing.assert_close(b(x), second)


def test_other_seed_other_numbers():
    x = torch.zeros(64)
    assert not torch.equal(_compiled(1)(x), _compiled(2)(x))
    assert not torch.equal(_compiled()(x), _compiled(3)(x))
