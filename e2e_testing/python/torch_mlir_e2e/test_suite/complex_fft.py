"""Complex tensors (complex64 / complex128 arguments, results and constants;
view_as_real / view_as_complex, complex, polar, elementwise arithmetic,
sums and norms) and torch.fft (rfft, fft / ifft, irfft, the n-dim forms,
hfft / ihfft; every norm mode), as a model uses them: Llama's rotary
embedding, spectral features. The FFT primitives become DFT matrix products
(torch_mlir_core.passes.fft_decompositions): transformed dims are static."""

import math

import torch

from torch_mlir_e2e.registry import C64, C128, Arg, e2e_test

_TOL = dict(rtol=1e-4, atol=1e-4)


@e2e_test(args=[Arg([3, 16])], inputs=lambda tu: (tu.randn(3, 16),), **_TOL)
def fft_rfft(x):
    return torch.fft.rfft(x), torch.fft.rfft(x, n=10, norm="ortho"), torch.fft.rfft(x, n=21)


@e2e_test(args=[Arg([2, 6, 8])], inputs=lambda tu: (tu.randn(2, 6, 8),), **_TOL)
def fft_rfft2_view_as_real(x):
    return (torch.view_as_real(torch.fft.rfft2(x)),
            torch.fft.rfft2(x, dim=(0, 2), norm="forward"))


@e2e_test(args=[Arg([-1, 16])], inputs=lambda tu: (tu.randn(5, 16),), **_TOL)
def fft_rfft_dynamic_batch(x):
    return torch.fft.rfft(x).abs()


@e2e_test(args=[Arg([4, 12], C64)], inputs=lambda tu: (tu.randn(4, 12, dtype=C64),), **_TOL)
def fft_fft_ifft_complex_input(x):
    return torch.fft.fft(x), torch.fft.ifft(x, norm="ortho"), torch.fft.fft(x, n=7, dim=0)


@e2e_test(args=[Arg([5, 9])], inputs=lambda tu: (tu.randn(5, 9),), **_TOL)
def fft_fftn_ifft2_real_input(x):
    return torch.fft.fftn(x), torch.fft.ifft2(x, norm="forward")


@e2e_test(args=[Arg([3, 20])], inputs=lambda tu: (tu.randn(3, 20),), **_TOL)
def fft_irfft_roundtrip(x):
    s = torch.fft.rfft(x)
    return (torch.fft.irfft(s, n=20), torch.fft.irfft(s),
            torch.fft.irfft(s, n=19, norm="ortho"), torch.fft.irfft(s, n=7))


@e2e_test(args=[Arg([2, 6, 9])], inputs=lambda tu: (tu.randn(2, 6, 9),), **_TOL)
def fft_rfftn_irfftn(x):
    s = torch.fft.rfftn(x, dim=(1, 2))
    return torch.fft.irfftn(s, s=(6, 9), dim=(1, 2)), torch.fft.irfftn(s, dim=(1, 2))


@e2e_test(args=[Arg([3, 7], C64), Arg([2, 10])],
          inputs=lambda tu: (tu.randn(3, 7, dtype=C64), tu.randn(2, 10)), **_TOL)
def fft_hfft_ihfft(c, x):
    return torch.fft.hfft(c), torch.fft.hfft(c, n=11), torch.fft.ihfft(x)


@e2e_test(args=[Arg([4, 32], C128)], inputs=lambda tu: (tu.randn(4, 32, dtype=C128),),
          rtol=1e-10, atol=1e-10)
def fft_complex128(x):
    return torch.fft.fft(x), torch.fft.ifft(torch.fft.fft(x))


@e2e_test(args=[Arg([2, 64])], inputs=lambda tu: (tu.randn(2, 64),), **_TOL)
def fft_power_spectrum(x):
    """A spectral feature: Hann window, |rfft|^2, log."""
    window = torch.hann_window(64)
    power = torch.fft.rfft(x * window).abs().pow(2)
    return torch.log(power + 1e-6)


class LlamaRotaryEmbedding(torch.nn.Module):
    """Llama's rotary embedding: a complex64 buffer of polar(1, t * freq)
    multiplied into query and key viewed as complex pairs."""

    def __init__(self, seq: int = 8, head_dim: int = 16):
        super().__init__()
        freqs = 1.0 / (10000 ** (torch.arange(0, head_dim, 2).float() / head_dim))
        angles = torch.outer(torch.arange(seq).float(), freqs)
        self.register_buffer("freqs_cis", torch.polar(torch.ones_like(angles), angles))

    def rotate(self, t):
        b, s, h, d = t.shape
        tc = torch.view_as_complex(t.reshape(b, s, h, d // 2, 2))
        return torch.view_as_real(tc * self.freqs_cis.view(1, s, 1, d // 2)).flatten(3)

    def forward(self, q, k):
        return self.rotate(q), self.rotate(k)


e2e_test(args=[Arg([2, 8, 4, 16]), Arg([2, 8, 4, 16])],
         inputs=lambda tu: (tu.randn(2, 8, 4, 16), tu.randn(2, 8, 4, 16)),
         name="complex_llama_rotary_embedding", **_TOL)(LlamaRotaryEmbedding)


@e2e_test(args=[Arg([-1, 8, 16]), Arg([8, 8])],
          inputs=lambda tu: (tu.randn(3, 8, 16), tu.rand(8, 8, high=2 * math.pi)), **_TOL)
def complex_polar_rotation_dynamic(q, angles):
    freqs = torch.polar(torch.ones_like(angles), angles)
    qc = torch.view_as_complex(q.reshape(q.shape[0], 8, 8, 2))
    return torch.view_as_real(qc * freqs).flatten(2)


@e2e_test(args=[Arg([3, 4]), Arg([3, 4])],
          inputs=lambda tu: (tu.randn(3, 4), tu.randn(3, 4)), **_TOL)
def complex_cat_stack(a, b):
    x = torch.complex(a, b)
    y = torch.complex(b, a)
    return (torch.cat([x, y], dim=1), torch.stack([x, y]),
            torch.view_as_real(x.conj().resolve_conj()))


@e2e_test(args=[Arg([3, 5], C64), Arg([3, 5], C64)],
          inputs=lambda tu: (tu.randn(3, 5, dtype=C64), tu.randn(3, 5, dtype=C64)), **_TOL)
def complex_arithmetic(x, y):
    return (x + y, x - 2 * y, x * y, x / y, -x, x * 3.0, (x + 1) * (y - 1j),
            torch.exp(x), torch.sqrt(x), torch.log(x), torch.reciprocal(y), x == x, x != y)


@e2e_test(args=[Arg([4, 6], C64)], inputs=lambda tu: (tu.randn(4, 6, dtype=C64),), **_TOL)
def complex_abs_angle_norm(x):
    return (x.abs(), x.angle(), torch.linalg.vector_norm(x), torch.linalg.vector_norm(x, dim=1),
            torch.linalg.norm(x, dim=0), x.real, x.imag, torch.sgn(x))


@e2e_test(args=[Arg([4, 6], C64)], inputs=lambda tu: (tu.randn(4, 6, dtype=C64),), **_TOL)
def complex_sum_mean(x):
    return x.sum(), x.sum(dim=1), x.mean(dim=0), x.prod(dim=1)


@e2e_test(args=[Arg([3, 4], C128), Arg([3, 4], C128)],
          inputs=lambda tu: (tu.randn(3, 4, dtype=C128), tu.randn(3, 4, dtype=C128)),
          rtol=1e-12, atol=1e-12)
def complex128_arithmetic(x, y):
    return x * y + x.conj(), torch.view_as_real(x / y), (x * y).to(torch.complex64)


@e2e_test(args=[Arg([3, 4])], inputs=lambda tu: (tu.randn(3, 4),), **_TOL)
def complex_from_real_promotion(x):
    """A real tensor meets a complex one: promoted to complex64."""
    c = torch.complex(x, torch.ones_like(x))
    return c + x, x * c, c * 2j


@e2e_test(args=[Arg([3, 4], C64), Arg([3, 4], C64)],
          inputs=lambda tu: (tu.randn(3, 4, dtype=C64), tu.randn(3, 4, dtype=C64)), **_TOL)
def complex_pow_sigmoid_matmul(x, y):
    return torch.pow(x, 2), x ** 0.5, torch.pow(x, y), torch.sigmoid(x), x @ y.mT
