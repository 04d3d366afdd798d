// RUN: torch-mlir-opt %s -torch-lower-to-linalg -split-input-file -verify-diagnostics

// Arguments a rule cannot build IR for are located errors naming the argument
// (issue 14: these used to be internal errors of the rules, or hangs).

func.func @adaptive_negative_size(%x: !torch.vtensor<[?,3,8,8],f32>) -> !torch.vtensor<[?,3,2,4],f32> {
  %c2 = torch.constant.int 2
  %cm1 = torch.constant.int -1
  %size = torch.prim.ListConstruct %c2, %cm1 : (!torch.int, !torch.int) -> !torch.list<int>
  // expected-error @below {{'torch.aten._adaptive_avg_pool2d' could not be lowered to linalg-on-tensors: output_size [2, -1] has a negative size}}
  %0 = torch.aten._adaptive_avg_pool2d %x, %size : !torch.vtensor<[?,3,8,8],f32>, !torch.list<int> -> !torch.vtensor<[?,3,2,4],f32>
  return %0 : !torch.vtensor<[?,3,2,4],f32>
}
// expected-error @unknown {{1 op(s) could not be lowered to linalg-on-tensors: torch.aten._adaptive_avg_pool2d}}

// -----

func.func @view_invalid_size(%x: !torch.vtensor<[2,?,4],f32>, %n: !torch.int) -> !torch.vtensor<[?,?],f32> {
  %cm2 = torch.constant.int -2
  %0 = torch.prim.ListConstruct %cm2, %n : (!torch.int, !torch.int) -> !torch.list<int>
  // expected-error @below {{'torch.aten.view' could not be lowered to linalg-on-tensors: invalid size -2 at dim 0 (sizes are >= 0, or -1 once)}}
  %1 = torch.aten.view %x, %0 : !torch.vtensor<[2,?,4],f32>, !torch.list<int> -> !torch.vtensor<[?,?],f32>
  return %1 : !torch.vtensor<[?,?],f32>
}
// expected-error @unknown {{1 op(s) could not be lowered to linalg-on-tensors: torch.aten.view}}

// -----

// One op per piece: a split into 2**40 tensors is refused, not built for hours.
func.func @unbind_huge(%x: !torch.vtensor<[?,1099511627776],f32>) -> !torch.vtensor<[?],f32> {
  %int1 = torch.constant.int 1
  // expected-error @below {{'torch.aten.unbind.int' could not be lowered to linalg-on-tensors: splitting into 1099511627776 tensors (at most 65536)}}
  %0 = torch.aten.unbind.int %x, %int1 : !torch.vtensor<[?,1099511627776],f32>, !torch.int -> !torch.list<vtensor>
  %1 = torch.aten.__getitem__.t %0, %int1 : !torch.list<vtensor>, !torch.int -> !torch.vtensor<[?],f32>
  return %1 : !torch.vtensor<[?],f32>
}
// expected-error @unknown {{1 op(s) could not be lowered to linalg-on-tensors: torch.aten.unbind.int}}

// -----

func.func @scalar_of_complex(%t: !torch.vtensor<[],complex<f32>>) -> !torch.int {
  // expected-error @below {{'torch.aten.ScalarImplicit' could not be lowered to linalg-on-tensors: conversion of a torch.complex64 scalar to torch.int64}}
  %0 = torch.aten.ScalarImplicit %t : !torch.vtensor<[],complex<f32>> -> !torch.number
  %1 = torch.aten.Int.Scalar %0 : !torch.number -> !torch.int
  return %1 : !torch.int
}
// expected-error @unknown {{1 op(s) could not be lowered to linalg-on-tensors: torch.aten.ScalarImplicit}}

// -----

// A kernel of INT64_MAX (with ceil_mode it would pad past int64).
func.func @avg_pool2d_huge_kernel(%x: !torch.vtensor<[1,3,?,8],si64>) -> !torch.vtensor<[1,3,1,1],si64> {
  %c0 = torch.constant.int 0
  %big = torch.constant.int 9223372036854775807
  %k = torch.prim.ListConstruct %big, %big : (!torch.int, !torch.int) -> !torch.list<int>
  %p = torch.prim.ListConstruct %c0, %c0 : (!torch.int, !torch.int) -> !torch.list<int>
  %true = torch.constant.bool true
  %none = torch.constant.none
  // expected-error @below {{kernel_size [9223372036854775807, 9223372036854775807]: each must be in [1, 2**62)}}
  %0 = torch.aten.avg_pool2d %x, %k, %k, %p, %true, %true, %none : !torch.vtensor<[1,3,?,8],si64>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.bool, !torch.none -> !torch.vtensor<[1,3,1,1],si64>
  return %0 : !torch.vtensor<[1,3,1,1],si64>
}
// expected-error @unknown {{1 op(s) could not be lowered to linalg-on-tensors: torch.aten.avg_pool2d}}

// -----

func.func @broadcast_in_dim_out_of_range(%x: !torch.vtensor<[3,?],f32>) -> !torch.vtensor<[2,3,4],f32> {
  %int2 = torch.constant.int 2
  %int3 = torch.constant.int 3
  %int4 = torch.constant.int 4
  %int1 = torch.constant.int 1
  %int5 = torch.constant.int 5
  %0 = torch.prim.ListConstruct %int2, %int3, %int4 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
  %1 = torch.prim.ListConstruct %int1, %int5 : (!torch.int, !torch.int) -> !torch.list<int>
  // expected-error @below {{'torch.prims.broadcast_in_dim' could not be lowered to linalg-on-tensors: broadcast_dimensions [1, 5] do not map the 2 dim(s) of the input to increasing dims of a rank-3 result}}
  %2 = torch.prims.broadcast_in_dim %x, %0, %1 : !torch.vtensor<[3,?],f32>, !torch.list<int>, !torch.list<int> -> !torch.vtensor<[2,3,4],f32>
  return %2 : !torch.vtensor<[2,3,4],f32>
}
// expected-error @unknown {{1 op(s) could not be lowered to linalg-on-tensors: torch.prims.broadcast_in_dim}}

// -----

// The added tensor must broadcast to the product (an MLIR assertion aborted).
func.func @addbmm_bias_rank(%c: !torch.vtensor<[2,4,?],f32>, %a: !torch.vtensor<[5,2,3],f32>, %b: !torch.vtensor<[5,3,4],f32>) -> !torch.vtensor<[2,4,?],f32> {
  %one = torch.constant.int 1
  // expected-error @below {{'torch.aten.addbmm' could not be lowered to linalg-on-tensors: the added tensor of type tensor<2x4x?xf32> does not broadcast to the product's tensor<2x4xf32>}}
  %0 = torch.aten.addbmm %c, %a, %b, %one, %one : !torch.vtensor<[2,4,?],f32>, !torch.vtensor<[5,2,3],f32>, !torch.vtensor<[5,3,4],f32>, !torch.int, !torch.int -> !torch.vtensor<[2,4,?],f32>
  return %0 : !torch.vtensor<[2,4,?],f32>
}
// expected-error @unknown {{1 op(s) could not be lowered to linalg-on-tensors: torch.aten.addbmm}}

// -----

// beta = 0 ignores the added tensor's values, not its shape (torch checks it).
func.func @addbmm_bias_rank_beta0(%c: !torch.vtensor<[2,4,?],f32>, %a: !torch.vtensor<[5,2,3],f32>, %b: !torch.vtensor<[5,3,4],f32>) -> !torch.vtensor<[2,4,?],f32> {
  %zero = torch.constant.int 0
  // expected-error @below {{'torch.aten.addbmm' could not be lowered to linalg-on-tensors: the added tensor of type tensor<2x4x?xf32> does not broadcast to the product's tensor<2x4xf32>}}
  %0 = torch.aten.addbmm %c, %a, %b, %zero, %zero : !torch.vtensor<[2,4,?],f32>, !torch.vtensor<[5,2,3],f32>, !torch.vtensor<[5,3,4],f32>, !torch.int, !torch.int -> !torch.vtensor<[2,4,?],f32>
  return %0 : !torch.vtensor<[2,4,?],f32>
}
// expected-error @unknown {{1 op(s) could not be lowered to linalg-on-tensors: torch.aten.addbmm}}

// -----

func.func @conv_negative_padding(%x: !torch.vtensor<[1,?,5],f32>, %w: !torch.vtensor<[2,3,2],f32>) -> !torch.vtensor<[1,3,?],f32> {
  %none = torch.constant.none
  %c0 = torch.constant.int 0
  %c1 = torch.constant.int 1
  %cmin = torch.constant.int -9223372036854775808
  %s = torch.prim.ListConstruct %c1 : (!torch.int) -> !torch.list<int>
  %p = torch.prim.ListConstruct %cmin : (!torch.int) -> !torch.list<int>
  %o = torch.prim.ListConstruct %c0 : (!torch.int) -> !torch.list<int>
  %t = torch.constant.bool true
  // expected-error @below {{'torch.aten.convolution' could not be lowered to linalg-on-tensors: padding [-9223372036854775808]: each must be in [0, 2**62)}}
  %0 = torch.aten.convolution %x, %w, %none, %s, %p, %s, %t, %o, %c1 : !torch.vtensor<[1,?,5],f32>, !torch.vtensor<[2,3,2],f32>, !torch.none, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.list<int>, !torch.int -> !torch.vtensor<[1,3,?],f32>
  return %0 : !torch.vtensor<[1,3,?],f32>
}
// expected-error @unknown {{1 op(s) could not be lowered to linalg-on-tensors: torch.aten.convolution}}

// -----

func.func @adaptive_pool_rank5(%x: !torch.vtensor<[2,1,3,8,?],f32>) -> !torch.vtensor<[2,1,3,3,5],f32> {
  %c3 = torch.constant.int 3
  %c5 = torch.constant.int 5
  %size = torch.prim.ListConstruct %c3, %c5 : (!torch.int, !torch.int) -> !torch.list<int>
  // expected-error @below {{'torch.aten.adaptive_avg_pool2d' could not be lowered to linalg-on-tensors: an input of rank 5 for 2-D pooling (torch takes rank 3 or 4)}}
  %0 = torch.aten.adaptive_avg_pool2d %x, %size : !torch.vtensor<[2,1,3,8,?],f32>, !torch.list<int> -> !torch.vtensor<[2,1,3,3,5],f32>
  return %0 : !torch.vtensor<[2,1,3,3,5],f32>
}
// expected-error @unknown {{1 op(s) could not be lowered to linalg-on-tensors: torch.aten.adaptive_avg_pool2d}}

// -----

// A division of constant ints by zero is the user's (torch: "division by 0").
func.func @floordiv_by_zero() -> !torch.int {
  %c7 = torch.constant.int 7
  %c0 = torch.constant.int 0
  // expected-error @below {{'torch.aten.floordiv.int' could not be lowered to linalg-on-tensors: floordiv of constants 7 and 0: division by zero}}
  %0 = torch.aten.floordiv.int %c7, %c0 : !torch.int, !torch.int -> !torch.int
  return %0 : !torch.int
}
// expected-error @unknown {{1 op(s) could not be lowered to linalg-on-tensors: torch.aten.floordiv.int}}

// -----

func.func @avg_pool2d_rank_5(%x: !torch.vtensor<[?,3,8,?,8],f32>) -> !torch.vtensor<[?,0,4,4],f32> {
  %c0 = torch.constant.int 0
  %c2 = torch.constant.int 2
  %k = torch.prim.ListConstruct %c2, %c2 : (!torch.int, !torch.int) -> !torch.list<int>
  %p = torch.prim.ListConstruct %c0, %c0 : (!torch.int, !torch.int) -> !torch.list<int>
  %ceil = torch.constant.bool false
  %incl = torch.constant.bool true
  %div = torch.constant.none
  // expected-error @below {{'torch.aten.avg_pool2d' could not be lowered to linalg-on-tensors: an input of rank 5 for 2-D pooling (torch takes rank 3 or 4)}}
  %0 = torch.aten.avg_pool2d %x, %k, %k, %p, %ceil, %incl, %div : !torch.vtensor<[?,3,8,?,8],f32>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.bool, !torch.none -> !torch.vtensor<[?,0,4,4],f32>
  return %0 : !torch.vtensor<[?,0,4,4],f32>
}
// expected-error @unknown {{1 op(s) could not be lowered to linalg-on-tensors: torch.aten.avg_pool2d}}

// -----

func.func @max_pool2d_result_rank(%x: !torch.vtensor<[1,2,8,8],f32>) -> !torch.vtensor<[?,?],f32> {
  %false = torch.constant.bool false
  %int0 = torch.constant.int 0
  %int1 = torch.constant.int 1
  %int2 = torch.constant.int 2
  %k = torch.prim.ListConstruct %int2, %int2 : (!torch.int, !torch.int) -> !torch.list<int>
  %pad = torch.prim.ListConstruct %int0, %int0 : (!torch.int, !torch.int) -> !torch.list<int>
  %dil = torch.prim.ListConstruct %int1, %int1 : (!torch.int, !torch.int) -> !torch.list<int>
  // expected-error @below {{'torch.aten.max_pool2d' could not be lowered to linalg-on-tensors: the declared result has rank 2, the input rank 4}}
  %0 = torch.aten.max_pool2d %x, %k, %k, %pad, %dil, %false : !torch.vtensor<[1,2,8,8],f32>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool -> !torch.vtensor<[?,?],f32>
  return %0 : !torch.vtensor<[?,?],f32>
}
// expected-error @unknown {{1 op(s) could not be lowered to linalg-on-tensors: torch.aten.max_pool2d}}

// -----

// torch rejects a transposed convolution of an input with a zero-size
// spatial dim (but for zero batch or channels), or whose output is empty.
func.func @conv_transpose_zero_spatial(%x: !torch.vtensor<[?,3,?,0],f32>, %w: !torch.vtensor<[3,4,3,3],f32>, %b: !torch.vtensor<[4],f32>) -> !torch.vtensor<[?,4,?,?],f32> {
  %c0 = torch.constant.int 0
  %c1 = torch.constant.int 1
  %c2 = torch.constant.int 2
  %stride = torch.prim.ListConstruct %c2, %c2 : (!torch.int, !torch.int) -> !torch.list<int>
  %padding = torch.prim.ListConstruct %c1, %c1 : (!torch.int, !torch.int) -> !torch.list<int>
  %outpad = torch.prim.ListConstruct %c0, %c0 : (!torch.int, !torch.int) -> !torch.list<int>
  %t = torch.constant.bool true
  // expected-error @below {{'torch.aten.convolution' could not be lowered to linalg-on-tensors: transposed convolution of an input with a zero-size spatial dim (spatial sizes ['?', 0]): torch rejects it}}
  %0 = torch.aten.convolution %x, %w, %b, %stride, %padding, %padding, %t, %outpad, %c1 : !torch.vtensor<[?,3,?,0],f32>, !torch.vtensor<[3,4,3,3],f32>, !torch.vtensor<[4],f32>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.list<int>, !torch.int -> !torch.vtensor<[?,4,?,?],f32>
  return %0 : !torch.vtensor<[?,4,?,?],f32>
}
// expected-error @unknown {{1 op(s) could not be lowered to linalg-on-tensors: torch.aten.convolution}}

// -----

func.func @conv_transpose_empty_output(%x: !torch.vtensor<[1,3,1,1],f32>, %w: !torch.vtensor<[3,4,2,2],f32>) -> !torch.vtensor<[1,4,0,0],f32> {
  %none = torch.constant.none
  %c0 = torch.constant.int 0
  %c1 = torch.constant.int 1
  %ones = torch.prim.ListConstruct %c1, %c1 : (!torch.int, !torch.int) -> !torch.list<int>
  %outpad = torch.prim.ListConstruct %c0, %c0 : (!torch.int, !torch.int) -> !torch.list<int>
  %t = torch.constant.bool true
  // expected-error @below {{'torch.aten.convolution' could not be lowered to linalg-on-tensors: transposed convolution whose output size would be 0 (spatial dim 0): torch rejects it}}
  %0 = torch.aten.convolution %x, %w, %none, %ones, %ones, %ones, %t, %outpad, %c1 : !torch.vtensor<[1,3,1,1],f32>, !torch.vtensor<[3,4,2,2],f32>, !torch.none, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.list<int>, !torch.int -> !torch.vtensor<[1,4,0,0],f32>
  return %0 : !torch.vtensor<[1,4,0,0],f32>
}
// expected-error @unknown {{1 op(s) could not be lowered to linalg-on-tensors: torch.aten.convolution}}

// -----

// Refinement verifies only a function's entry block; an op in a loop body
// whose declared type is wrong is reported when its rule fails.
func.func @select_in_loop_declared_type(%x: !torch.vtensor<[?,4,6],f32>, %h: !torch.vtensor<[1],bf16>) -> !torch.vtensor<[1],bf16> {
  %true = torch.constant.bool true
  %int1 = torch.constant.int 1
  %int4 = torch.constant.int 4
  %0 = torch.prim.Loop %int4, %true, init(%h) {
  ^bb0(%t: !torch.int, %acc: !torch.vtensor<[1],bf16>):
    // expected-error @below {{'torch.aten.select.int' could not be lowered to linalg-on-tensors: 'torch.aten.select.int': declared result type !torch.vtensor<[1],bf16> contradicts the type torch computes from its operands: !torch.vtensor<*,f32>}}
    %1 = torch.aten.select.int %x, %int1, %t : !torch.vtensor<[?,4,6],f32>, !torch.int, !torch.int -> !torch.vtensor<[1],bf16>
    torch.prim.Loop.condition %true, iter(%1 : !torch.vtensor<[1],bf16>)
  } : (!torch.int, !torch.bool, !torch.vtensor<[1],bf16>) -> !torch.vtensor<[1],bf16>
  return %0 : !torch.vtensor<[1],bf16>
}
// expected-error @unknown {{1 op(s) could not be lowered to linalg-on-tensors: torch.aten.select.int}}

// -----

// An operand of a higher rank than the declared result (an affine map with
// negative dims used to abort the process).
func.func @elementwise_operand_rank(%arg0: !torch.vtensor<[?,0],f32>, %arg1: !torch.vtensor<[4],f32>) -> !torch.vtensor<[?],f32> {
  %int1 = torch.constant.int 1
  // expected-error @below {{'torch.aten.sub.Tensor' could not be lowered to linalg-on-tensors: operand 0 of type tensor<?x0xf32> has a higher rank than the declared result (1)}}
  %0 = torch.aten.sub.Tensor %arg0, %arg1, %int1 : !torch.vtensor<[?,0],f32>, !torch.vtensor<[4],f32>, !torch.int -> !torch.vtensor<[?],f32>
  return %0 : !torch.vtensor<[?],f32>
}
// expected-error @unknown {{1 op(s) could not be lowered to linalg-on-tensors: torch.aten.sub.Tensor}}

// -----

func.func @elementwise_static_mismatch(%arg0: !torch.vtensor<[?,0],f32>, %arg1: !torch.vtensor<[4],f32>) -> !torch.vtensor<[?,4],f32> {
  %int1 = torch.constant.int 1
  // expected-error @below {{'torch.aten.sub.Tensor' could not be lowered to linalg-on-tensors: operand 0 of type tensor<?x0xf32> does not broadcast to the declared result's sizes [-1, 4]}}
  %0 = torch.aten.sub.Tensor %arg0, %arg1, %int1 : !torch.vtensor<[?,0],f32>, !torch.vtensor<[4],f32>, !torch.int -> !torch.vtensor<[?,4],f32>
  return %0 : !torch.vtensor<[?,4],f32>
}
// expected-error @unknown {{1 op(s) could not be lowered to linalg-on-tensors: torch.aten.sub.Tensor}}

// -----

// Reflection pads must be smaller than the dim (they would read outside it).
func.func @reflection_pad_too_large(%arg0: !torch.vtensor<[2,?,2],f32>) -> !torch.vtensor<[2,?,5],f32> {
  %int1 = torch.constant.int 1
  %int2 = torch.constant.int 2
  %0 = torch.prim.ListConstruct %int1, %int2 : (!torch.int, !torch.int) -> !torch.list<int>
  // expected-error @below {{'torch.aten.reflection_pad1d' could not be lowered to linalg-on-tensors: reflection padding 1/2 of dim 2 (size 2): torch requires pads smaller than the dim}}
  %1 = torch.aten.reflection_pad1d %arg0, %0 : !torch.vtensor<[2,?,2],f32>, !torch.list<int> -> !torch.vtensor<[2,?,5],f32>
  return %1 : !torch.vtensor<[2,?,5],f32>
}
// expected-error @unknown {{1 op(s) could not be lowered to linalg-on-tensors: torch.aten.reflection_pad1d}}
