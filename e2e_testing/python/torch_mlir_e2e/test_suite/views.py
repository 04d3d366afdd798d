"""Views and shape ops: view/reshape, flatten/unflatten, squeeze/unsqueeze,
permute/transpose/t/movedim, expand/broadcast_to, slicing (steps, negative
indices, dynamic dims), select/narrow, cat/stack/split/chunk/unbind,
flip/roll, F.pad (constant/reflect/replicate/circular), repeat/tile,
diagonal; static and dynamic dims, several dtypes.

Results are combined with arithmetic where that makes a pure view op's result
materialize (a backend must get the element order right, not just the
shape)."""

import torch
import torch.nn.functional as F

from torch_mlir_e2e.registry import F64, I64, I32, BOOL, Arg, e2e_test


# ---------------------------------------------------------------- view / reshape


@e2e_test(args=[Arg([2, 3, 4])], inputs=lambda tu: (tu.rand(2, 3, 4),))
def view_static(x):
    return x.view(6, 4)


@e2e_test(args=[Arg([2, 3, 4])], inputs=lambda tu: (tu.rand(2, 3, 4),))
def view_infer_minus_one(x):
    return x.view(4, -1, 2)


@e2e_test(args=[Arg([-1, 6])], inputs=lambda tu: (tu.rand(4, 6),))
def view_dynamic_split_last_dim(x):
    return x.view(x.shape[0], 2, 3) * 2.0


@e2e_test(args=[Arg([-1, 3, 4])], inputs=lambda tu: (tu.rand(3, 3, 4),))
def view_dynamic_merge_trailing(x):
    return x.view(x.size(0), -1) + 1.0


@e2e_test(args=[Arg([-1, -1])], inputs=lambda tu: (tu.rand(3, 5),))
def view_dynamic_flatten_all(x):
    return x.view(-1)


@e2e_test(args=[Arg([4, 6], I64)], inputs=lambda tu: (tu.randint(4, 6, low=-50, high=50),))
def view_reshape_int64(x):
    return x.reshape(2, 3, 4)


@e2e_test(args=[Arg([2, 6], BOOL)], inputs=lambda tu: (tu.randbool(2, 6),))
def view_reshape_bool(x):
    return x.reshape(3, 4)


@e2e_test(args=[Arg([3, 4])], inputs=lambda tu: (tu.rand(3, 4),))
def view_reshape_after_transpose(x):
    # not viewable: needs a copy in transposed order
    return x.t().reshape(-1)


@e2e_test(args=[Arg([-1, 4, 5])], inputs=lambda tu: (tu.rand(2, 4, 5),))
def view_reshape_dynamic_after_permute(x):
    return x.permute(2, 0, 1).reshape(5, -1)


@e2e_test(args=[Arg([2, 3, 4], F64)], inputs=lambda tu: (tu.rand(2, 3, 4, dtype=F64),))
def view_as_f64(x):
    y = torch.zeros(4, 6, dtype=F64)
    return x.view_as(y) - 0.5


@e2e_test(args=[Arg([6])], inputs=lambda tu: (tu.rand(6),))
def view_reshape_1d_to_3d(x):
    return x.reshape(1, 2, 3)


# ---------------------------------------------------------------- flatten / unflatten


@e2e_test(args=[Arg([2, 3, 4, 5])], inputs=lambda tu: (tu.rand(2, 3, 4, 5),))
def view_flatten_all(x):
    return torch.flatten(x)


@e2e_test(args=[Arg([2, 3, 4, 5])], inputs=lambda tu: (tu.rand(2, 3, 4, 5),))
def view_flatten_range(x):
    return torch.flatten(x, 1, 2)


@e2e_test(args=[Arg([-1, 3, 4, 5])], inputs=lambda tu: (tu.rand(2, 3, 4, 5),))
def view_flatten_start1_dynamic(x):
    return torch.flatten(x, 1)


@e2e_test(args=[Arg([2, -1, -1, 3])], inputs=lambda tu: (tu.rand(2, 3, 4, 3),))
def view_flatten_dynamic_range_negative(x):
    return torch.flatten(x, -3, -2)


@e2e_test(args=[Arg([2, 12])], inputs=lambda tu: (tu.rand(2, 12),))
def view_unflatten(x):
    return torch.unflatten(x, 1, (3, 2, 2))


@e2e_test(args=[Arg([-1, 12])], inputs=lambda tu: (tu.rand(3, 12),))
def view_unflatten_dynamic_infer(x):
    return x.unflatten(-1, (4, -1))


# ---------------------------------------------------------------- squeeze / unsqueeze


@e2e_test(args=[Arg([1, 3, 1, 4])], inputs=lambda tu: (tu.rand(1, 3, 1, 4),))
def view_squeeze_all(x):
    return torch.squeeze(x)


@e2e_test(args=[Arg([2, 1, 4])], inputs=lambda tu: (tu.rand(2, 1, 4),))
def view_squeeze_dim(x):
    return x.squeeze(1)


@e2e_test(args=[Arg([1, 3, 1, 4, 1])], inputs=lambda tu: (tu.rand(1, 3, 1, 4, 1),))
def view_squeeze_dims_tuple(x):
    return x.squeeze((0, -1))


@e2e_test(args=[Arg([3, 4])], inputs=lambda tu: (tu.rand(3, 4),))
def view_squeeze_non_unit_dim_is_noop(x):
    return x.squeeze(0) * 3.0


@e2e_test(args=[Arg([-1, 1, -1])], inputs=lambda tu: (tu.rand(3, 1, 5),))
def view_squeeze_dynamic(x):
    return x.squeeze(1) + 1.0


@e2e_test(args=[Arg([3, 4])], inputs=lambda tu: (tu.rand(3, 4),))
def view_unsqueeze_front_middle_back(x):
    return x.unsqueeze(0), x.unsqueeze(1), x.unsqueeze(-1)


@e2e_test(args=[Arg([-1, 4], I64)], inputs=lambda tu: (tu.randint(3, 4),))
def view_unsqueeze_dynamic_int64(x):
    return x.unsqueeze(1) * 2


@e2e_test(args=[Arg([3])], inputs=lambda tu: (tu.rand(3),))
def view_none_and_ellipsis_indexing(x):
    return x[None, :, None] + x[..., None]


# ---------------------------------------------------------------- permute / transpose / t / movedim


@e2e_test(args=[Arg([2, 3, 4])], inputs=lambda tu: (tu.rand(2, 3, 4),))
def view_permute(x):
    return x.permute(2, 0, 1)


@e2e_test(args=[Arg([2, 3, 4, 5])], inputs=lambda tu: (tu.rand(2, 3, 4, 5),))
def view_permute_negative_dims(x):
    return x.permute(-1, 1, -4, 2)


@e2e_test(args=[Arg([-1, 3, -1])], inputs=lambda tu: (tu.rand(2, 3, 4),))
def view_permute_dynamic(x):
    return torch.permute(x, (1, 2, 0)) * 2.0


@e2e_test(args=[Arg([2, 3, 4])], inputs=lambda tu: (tu.rand(2, 3, 4),))
def view_transpose(x):
    return x.transpose(0, 2)


@e2e_test(args=[Arg([-1, -1], I32)], inputs=lambda tu: (tu.randint(3, 5, dtype=I32),))
def view_transpose_dynamic_int32(x):
    return torch.transpose(x, 0, 1) + 1


@e2e_test(args=[Arg([3, 5])], inputs=lambda tu: (tu.rand(3, 5),))
def view_t(x):
    return x.t()


@e2e_test(args=[Arg([2, 3, 4])], inputs=lambda tu: (tu.rand(2, 3, 4),))
def view_mT_swapaxes(x):
    return x.mT, torch.swapaxes(x, 0, 1)


@e2e_test(args=[Arg([2, 3, 4])], inputs=lambda tu: (tu.rand(2, 3, 4),))
def view_contiguous_after_transpose(x):
    return x.transpose(1, 2).contiguous() + 1.0


@e2e_test(args=[Arg([2, 3, 4, 5])], inputs=lambda tu: (tu.rand(2, 3, 4, 5),))
def view_movedim(x):
    return torch.movedim(x, (0, 1), (-1, 0))


@e2e_test(args=[Arg([-1, 3, 4])], inputs=lambda tu: (tu.rand(2, 3, 4),))
def view_movedim_dynamic(x):
    return x.movedim(0, 2)


# ---------------------------------------------------------------- expand / broadcast_to


@e2e_test(args=[Arg([3, 1])], inputs=lambda tu: (tu.rand(3, 1),))
def view_expand(x):
    return x.expand(3, 4)


@e2e_test(args=[Arg([1, 4])], inputs=lambda tu: (tu.rand(1, 4),))
def view_expand_new_leading_dims(x):
    return x.expand(2, 3, -1, 4)


@e2e_test(args=[Arg([-1, 1]), Arg([-1, -1])], inputs=lambda tu: (tu.rand(3, 1), tu.rand(3, 5)))
def view_expand_as_dynamic(x, y):
    return x.expand_as(y) + y


@e2e_test(args=[Arg([4, 1], I64)], inputs=lambda tu: (tu.randint(4, 1),))
def view_broadcast_to_int64(x):
    return torch.broadcast_to(x, (2, 4, 3))


@e2e_test(args=[Arg([-1, 1, 4])], inputs=lambda tu: (tu.rand(2, 1, 4),))
def view_expand_dynamic_keep_minus_one(x):
    return x.expand(-1, 3, -1) * 2.0


@e2e_test(args=[Arg([3]), Arg([-1, 3])], inputs=lambda tu: (tu.rand(3), tu.rand(4, 3)))
def view_broadcast_to_dynamic_shape_of_other(x, y):
    return torch.broadcast_to(x, y.shape) - y


# ---------------------------------------------------------------- slicing


@e2e_test(args=[Arg([10])], inputs=lambda tu: (tu.rand(10),))
def view_slice_step(x):
    return x[1:8:3]


@e2e_test(args=[Arg([6, 7])], inputs=lambda tu: (tu.rand(6, 7),))
def view_slice_negative_indices(x):
    return x[-4:-1, -3:]


@e2e_test(args=[Arg([5, 8])], inputs=lambda tu: (tu.rand(5, 8),))
def view_slice_columns_step(x):
    return x[:, ::3]


@e2e_test(args=[Arg([5, 4])], inputs=lambda tu: (tu.rand(5, 4),))
def view_slice_end_beyond_size(x):
    return x[2:100, 1:]


@e2e_test(args=[Arg([-1, 6])], inputs=lambda tu: (tu.rand(7, 6),))
def view_slice_dynamic_dim(x):
    return x[1:-1]


@e2e_test(args=[Arg([-1, -1])], inputs=lambda tu: (tu.rand(9, 8),))
def view_slice_dynamic_step(x):
    return x[::2, 1::3]


@e2e_test(args=[Arg([-1, 10])], inputs=lambda tu: (tu.rand(4, 10),))
def view_slice_static_dim_of_dynamic_tensor(x):
    return x[:, 2:7] * 2.0


@e2e_test(args=[Arg([-1, 5])], inputs=lambda tu: (tu.rand(6, 5),))
def view_slice_dynamic_negative_start(x):
    return x[-2:] + 1.0


@e2e_test(args=[Arg([2, 3, 8], I64)], inputs=lambda tu: (tu.randint(2, 3, 8, high=100),))
def view_slice_ellipsis_int64(x):
    return x[..., 1:6:2]


@e2e_test(args=[Arg([6, 6])], inputs=lambda tu: (tu.rand(6, 6),))
def view_slice_of_slice(x):
    return x[1:][::2, 2:5][1:]


@e2e_test(args=[Arg([3, 7])], inputs=lambda tu: (tu.rand(3, 7),))
def view_slice_scatter_overwrite(x):
    y = x.clone()
    y[:, 1:6:2] = 0.0
    return y


# ---------------------------------------------------------------- select / narrow


@e2e_test(args=[Arg([4, 5])], inputs=lambda tu: (tu.rand(4, 5),))
def view_select(x):
    return x[2], x[:, -1]


@e2e_test(args=[Arg([-1, 3, 4])], inputs=lambda tu: (tu.rand(3, 3, 4),))
def view_select_dynamic(x):
    return x.select(1, 1) + x[-1, 0]


@e2e_test(args=[Arg([4, 5], BOOL)], inputs=lambda tu: (tu.randbool(4, 5),))
def view_select_bool(x):
    return x[:, 0], x[1]


@e2e_test(args=[Arg([6, 5])], inputs=lambda tu: (tu.rand(6, 5),))
def view_narrow(x):
    return torch.narrow(x, 0, 1, 3)


@e2e_test(args=[Arg([3, -1])], inputs=lambda tu: (tu.rand(3, 8),))
def view_narrow_dynamic(x):
    return x.narrow(1, 2, 4) * 3.0


# ---------------------------------------------------------------- cat / stack


@e2e_test(args=[Arg([2, 3]), Arg([4, 3])], inputs=lambda tu: (tu.rand(2, 3), tu.rand(4, 3)))
def view_cat_dim0(a, b):
    return torch.cat([a, b])


@e2e_test(args=[Arg([2, 3]), Arg([2, 1]), Arg([2, 4])],
          inputs=lambda tu: (tu.rand(2, 3), tu.rand(2, 1), tu.rand(2, 4)))
def view_cat_three_dim1(a, b, c):
    return torch.cat((a, b, c), dim=1)


@e2e_test(args=[Arg([2, 3, 2]), Arg([2, 3, 3])],
          inputs=lambda tu: (tu.rand(2, 3, 2), tu.rand(2, 3, 3)))
def view_cat_negative_dim(a, b):
    return torch.cat([a, b], dim=-1)


@e2e_test(args=[Arg([-1, 3]), Arg([-1, 3])], inputs=lambda tu: (tu.rand(2, 3), tu.rand(5, 3)))
def view_cat_dynamic_concat_dim(a, b):
    return torch.cat([a, b], 0)


@e2e_test(args=[Arg([-1, 2]), Arg([-1, 3])], inputs=lambda tu: (tu.rand(4, 2), tu.rand(4, 3)))
def view_cat_dynamic_other_dim(a, b):
    return torch.cat([a, b], 1)


@e2e_test(args=[Arg([2, 2], I64), Arg([3, 2], I64)],
          inputs=lambda tu: (tu.randint(2, 2), tu.randint(3, 2)))
def view_cat_int64(a, b):
    return torch.cat([a, b, a])


@e2e_test(args=[Arg([2, 3]), Arg([2, 3], F64)],
          inputs=lambda tu: (tu.rand(2, 3), tu.rand(2, 3, dtype=F64)))
def view_cat_type_promotion(a, b):
    return torch.cat([a, b], 1)


@e2e_test(args=[Arg([3, 4]), Arg([3, 4])], inputs=lambda tu: (tu.rand(3, 4), tu.rand(3, 4)))
def view_stack_dim0(a, b):
    return torch.stack([a, b])


@e2e_test(args=[Arg([3, 4]), Arg([3, 4]), Arg([3, 4])],
          inputs=lambda tu: (tu.rand(3, 4), tu.rand(3, 4), tu.rand(3, 4)))
def view_stack_last_dim(a, b, c):
    return torch.stack([a, b, c], dim=-1)


@e2e_test(args=[Arg([-1, 4]), Arg([-1, 4])], inputs=lambda tu: (tu.rand(3, 4), tu.rand(3, 4)))
def view_stack_dynamic(a, b):
    return torch.stack((a, b), 1)


# ---------------------------------------------------------------- split / chunk / unbind


@e2e_test(args=[Arg([7, 3])], inputs=lambda tu: (tu.rand(7, 3),))
def view_split_size_uneven(x):
    return torch.split(x, 3)


@e2e_test(args=[Arg([2, 9])], inputs=lambda tu: (tu.rand(2, 9),))
def view_split_sizes_list(x):
    return x.split([2, 4, 3], dim=1)


@e2e_test(args=[Arg([-1, 6])], inputs=lambda tu: (tu.rand(3, 6),))
def view_split_dynamic_tensor_static_dim(x):
    a, b = x.split(3, dim=1)
    return a * b


@e2e_test(args=[Arg([4, 10])], inputs=lambda tu: (tu.rand(4, 10),))
def view_tensor_split_sections(x):
    return torch.tensor_split(x, 3, dim=1)


@e2e_test(args=[Arg([8, 2])], inputs=lambda tu: (tu.rand(8, 2),))
def view_chunk_even(x):
    return x.chunk(4)


@e2e_test(args=[Arg([3, 7])], inputs=lambda tu: (tu.rand(3, 7),))
def view_chunk_uneven(x):
    return torch.chunk(x, 3, dim=-1)


@e2e_test(args=[Arg([-1, 8])], inputs=lambda tu: (tu.rand(4, 8),))
def view_chunk_dynamic(x):
    a, b = x.chunk(2, dim=1)
    return a - b


@e2e_test(args=[Arg([3, 4])], inputs=lambda tu: (tu.rand(3, 4),))
def view_unbind_dim0(x):
    return x.unbind(0)


@e2e_test(args=[Arg([-1, 3])], inputs=lambda tu: (tu.rand(4, 3),))
def view_unbind_dim1_dynamic(x):
    a, b, c = torch.unbind(x, 1)
    return a + 2 * b + 3 * c


# ---------------------------------------------------------------- flip / roll


@e2e_test(args=[Arg([3, 4, 5])], inputs=lambda tu: (tu.rand(3, 4, 5),))
def view_flip(x):
    return torch.flip(x, [0, 2])


@e2e_test(args=[Arg([-1, 5], I64)], inputs=lambda tu: (tu.randint(3, 5, high=100),))
def view_flip_dynamic_int64(x):
    return x.flip(-1, 0)


@e2e_test(args=[Arg([4, 5])], inputs=lambda tu: (tu.rand(4, 5),))
def view_roll(x):
    return torch.roll(x, shifts=(1, -2), dims=(0, 1))


@e2e_test(args=[Arg([3, 4])], inputs=lambda tu: (tu.rand(3, 4),))
def view_roll_flattened(x):
    return torch.roll(x, 5)


@e2e_test(args=[Arg([2, -1])], inputs=lambda tu: (tu.rand(2, 7),))
def view_roll_dynamic(x):
    return x.roll(3, 1)


# ---------------------------------------------------------------- F.pad


@e2e_test(args=[Arg([2, 3, 4])], inputs=lambda tu: (tu.rand(2, 3, 4),))
def view_pad_constant_last_dim(x):
    return F.pad(x, (1, 2), value=-1.5)


@e2e_test(args=[Arg([1, 2, 3, 4])], inputs=lambda tu: (tu.rand(1, 2, 3, 4),))
def view_pad_constant_three_dims(x):
    return F.pad(x, (2, 0, 1, 1, 0, 3))


@e2e_test(args=[Arg([4, 6])], inputs=lambda tu: (tu.rand(4, 6),))
def view_pad_constant_negative_crops(x):
    return F.pad(x, (-1, 2, 1, -2))


@e2e_test(args=[Arg([-1, -1])], inputs=lambda tu: (tu.rand(3, 5),))
def view_pad_constant_dynamic(x):
    return F.pad(x, (1, 1, 2, 0), value=3.0)


@e2e_test(args=[Arg([3, 4], I64)], inputs=lambda tu: (tu.randint(3, 4),))
def view_pad_constant_int64(x):
    return F.pad(x, (1, 1), value=7)


@e2e_test(args=[Arg([2, 3, 6])], inputs=lambda tu: (tu.rand(2, 3, 6),))
def view_pad_reflect_1d(x):
    return F.pad(x, (2, 3), mode="reflect")


@e2e_test(args=[Arg([1, 2, 4, 5])], inputs=lambda tu: (tu.rand(1, 2, 4, 5),))
def view_pad_reflect_2d(x):
    return F.pad(x, (1, 2, 3, 1), mode="reflect")


@e2e_test(args=[Arg([1, 1, 3, 4, 4])], inputs=lambda tu: (tu.rand(1, 1, 3, 4, 4),))
def view_pad_reflect_3d(x):
    return F.pad(x, (1, 1, 2, 0, 1, 2), mode="reflect")


@e2e_test(args=[Arg([-1, 2, -1, -1])], inputs=lambda tu: (tu.rand(2, 2, 5, 6),))
def view_pad_reflect_2d_dynamic(x):
    return F.pad(x, (2, 1, 1, 2), mode="reflect")


@e2e_test(args=[Arg([2, 3, 5])], inputs=lambda tu: (tu.rand(2, 3, 5),))
def view_pad_replicate_1d(x):
    return F.pad(x, (3, 1), mode="replicate")


@e2e_test(args=[Arg([1, 2, 3, 4])], inputs=lambda tu: (tu.rand(1, 2, 3, 4),))
def view_pad_replicate_2d(x):
    return F.pad(x, (2, 1, 0, 3), mode="replicate")


@e2e_test(args=[Arg([1, 1, 2, 3, 3])], inputs=lambda tu: (tu.rand(1, 1, 2, 3, 3),))
def view_pad_replicate_3d(x):
    return F.pad(x, (1, 0, 0, 2, 1, 1), mode="replicate")


@e2e_test(args=[Arg([-1, 3, -1])], inputs=lambda tu: (tu.rand(2, 3, 4),))
def view_pad_replicate_1d_dynamic(x):
    return F.pad(x, (2, 2), mode="replicate")


@e2e_test(args=[Arg([1, 2, 4, 5])], inputs=lambda tu: (tu.rand(1, 2, 4, 5),))
def view_pad_circular_2d(x):
    return F.pad(x, (2, 1, 1, 3), mode="circular")


# ---------------------------------------------------------------- repeat / tile / diagonal / unfold


@e2e_test(args=[Arg([2, 3])], inputs=lambda tu: (tu.rand(2, 3),))
def view_repeat(x):
    return x.repeat(2, 3)


@e2e_test(args=[Arg([2, 3])], inputs=lambda tu: (tu.rand(2, 3),))
def view_repeat_new_dims(x):
    return x.repeat(2, 1, 2)


@e2e_test(args=[Arg([-1, 3], I64)], inputs=lambda tu: (tu.randint(2, 3),))
def view_repeat_dynamic_int64(x):
    return x.repeat(3, 2)


@e2e_test(args=[Arg([2, 3])], inputs=lambda tu: (tu.rand(2, 3),))
def view_tile(x):
    return torch.tile(x, (2,)), torch.tile(x, (3, 1, 2))


@e2e_test(args=[Arg([3])], inputs=lambda tu: (tu.rand(3),))
def view_repeat_interleave_static(x):
    return x.repeat_interleave(2)


@e2e_test(args=[Arg([4, 4])], inputs=lambda tu: (tu.rand(4, 4),))
def view_diagonal(x):
    return torch.diagonal(x), torch.diagonal(x, 1), torch.diagonal(x, -2)


@e2e_test(args=[Arg([2, 3, 4])], inputs=lambda tu: (tu.rand(2, 3, 4),))
def view_diagonal_dims(x):
    return torch.diagonal(x, offset=1, dim1=1, dim2=2) * 2.0


@e2e_test(args=[Arg([2, 8])], inputs=lambda tu: (tu.rand(2, 8),))
def view_unfold_windows(x):
    return x.unfold(1, 3, 2)


@e2e_test(args=[Arg([3, 4])], inputs=lambda tu: (tu.rand(3, 4),))
def view_chain_of_views_into_arithmetic(x):
    y = x.t().unsqueeze(0).expand(2, 4, 3).flatten(0, 1)
    return y[1::2] + y[::2].flip(0)
