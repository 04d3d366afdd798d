// RUN: torch-mlir-opt %s -split-input-file -verify-diagnostics -torch-refine-types

// Verification in refinement: a declared static result type that contradicts
// what torch's meta kernel computes from the operands, and constant arguments
// torch rejects, are errors located at the op.

// An elementwise result of lower rank than its operand (issue 14: it used to
// abort in MLIR's AffineMap::get during the lowering).
func.func @elementwise_lower_rank(%x: !torch.vtensor<[2,3],f32>) -> !torch.vtensor<[4],f32> {
  // expected-error @+1 {{'torch.aten.exp': declared result type !torch.vtensor<[4],f32> contradicts the type torch computes from its operands: !torch.vtensor<[2,3],f32>}}
  %0 = torch.aten.exp %x : !torch.vtensor<[2,3],f32> -> !torch.vtensor<[4],f32>
  return %0 : !torch.vtensor<[4],f32>
}

// -----

func.func @elementwise_rank0(%x: !torch.vtensor<[2,3],f32>) -> !torch.vtensor<[],f32> {
  // expected-error @+1 {{'torch.aten.exp': declared result type !torch.vtensor<[],f32> contradicts the type torch computes from its operands: !torch.vtensor<[2,3],f32>}}
  %0 = torch.aten.exp %x : !torch.vtensor<[2,3],f32> -> !torch.vtensor<[],f32>
  return %0 : !torch.vtensor<[],f32>
}

// -----

func.func @matmul_shape(%a: !torch.vtensor<[2,3],f32>, %b: !torch.vtensor<[3,5],f32>) -> !torch.vtensor<[2,4],f32> {
  // expected-error @+1 {{'torch.aten.matmul': declared result type !torch.vtensor<[2,4],f32> contradicts the type torch computes from its operands: !torch.vtensor<[2,5],f32>}}
  %0 = torch.aten.matmul %a, %b : !torch.vtensor<[2,3],f32>, !torch.vtensor<[3,5],f32> -> !torch.vtensor<[2,4],f32>
  return %0 : !torch.vtensor<[2,4],f32>
}

// -----

func.func @sum_dtype(%x: !torch.vtensor<[2,3],f32>) -> !torch.vtensor<[],si64> {
  %none = torch.constant.none
  // expected-error @+1 {{'torch.aten.sum': declared result type !torch.vtensor<[],si64> contradicts the type torch computes from its operands: !torch.vtensor<[],f32>}}
  %0 = torch.aten.sum %x, %none : !torch.vtensor<[2,3],f32>, !torch.none -> !torch.vtensor<[],si64>
  return %0 : !torch.vtensor<[],si64>
}

// -----

// A dynamic dim in the declared type is fine where torch computes a static one.
func.func @dynamic_declared_ok(%x: !torch.vtensor<[2,3],f32>) -> !torch.vtensor<[?,3],f32> {
  %0 = torch.aten.exp %x : !torch.vtensor<[2,3],f32> -> !torch.vtensor<[?,3],f32>
  return %0 : !torch.vtensor<[?,3],f32>
}

// -----

func.func @size_int_out_of_range(%x: !torch.vtensor<[2,3],f32>) -> !torch.int {
  %int5 = torch.constant.int 5
  // expected-error @+1 {{'torch.aten.size.int': torch rejects the op's arguments: Dimension out of range (expected to be in range of [-2, 1], but got 5)}}
  %0 = torch.aten.size.int %x, %int5 : !torch.vtensor<[2,3],f32>, !torch.int -> !torch.int
  return %0 : !torch.int
}

// -----

func.func @getitem_out_of_range(%a: !torch.int, %b: !torch.int) -> !torch.int {
  %int-100 = torch.constant.int -100
  %0 = torch.prim.ListConstruct %a, %b : (!torch.int, !torch.int) -> !torch.list<int>
  // expected-error @+1 {{'torch.aten.__getitem__.t': index -100 is out of range for a list of 2 element(s)}}
  %1 = torch.aten.__getitem__.t %0, %int-100 : !torch.list<int>, !torch.int -> !torch.int
  return %1 : !torch.int
}

// -----

func.func @select_out_of_range(%x: !torch.vtensor<[2,3],f32>) -> !torch.vtensor<[3],f32> {
  %int0 = torch.constant.int 0
  %int7 = torch.constant.int 7
  // expected-error @+1 {{'torch.aten.select.int': torch rejects the op's arguments: select(): index 7 out of range for tensor of size [2, 3] at dimension 0}}
  %0 = torch.aten.select.int %x, %int0, %int7 : !torch.vtensor<[2,3],f32>, !torch.int, !torch.int -> !torch.vtensor<[3],f32>
  return %0 : !torch.vtensor<[3],f32>
}

// -----

func.func @dim_out_of_range(%x: !torch.vtensor<[2,3],f32>) -> !torch.vtensor<[3,2],f32> {
  %int4 = torch.constant.int 4
  %int0 = torch.constant.int 0
  // expected-error @+1 {{'torch.aten.transpose.int': torch rejects the op's arguments: Dimension out of range (expected to be in range of [-2, 1], but got 4)}}
  %0 = torch.aten.transpose.int %x, %int4, %int0 : !torch.vtensor<[2,3],f32>, !torch.int, !torch.int -> !torch.vtensor<[3,2],f32>
  return %0 : !torch.vtensor<[3,2],f32>
}

// -----

func.func @max_pool2d_kernel_too_large(%x: !torch.vtensor<[1,1,4,4],f32>) -> !torch.vtensor<[1,1,1,1],f32> {
  %int9 = torch.constant.int 9
  %int1 = torch.constant.int 1
  %int0 = torch.constant.int 0
  %false = torch.constant.bool false
  %k = torch.prim.ListConstruct %int9, %int9 : (!torch.int, !torch.int) -> !torch.list<int>
  %s = torch.prim.ListConstruct %int1, %int1 : (!torch.int, !torch.int) -> !torch.list<int>
  %p = torch.prim.ListConstruct %int0, %int0 : (!torch.int, !torch.int) -> !torch.list<int>
  // expected-error @+1 {{'torch.aten.max_pool2d': torch rejects the op's arguments:}}
  %0 = torch.aten.max_pool2d %x, %k, %s, %p, %s, %false : !torch.vtensor<[1,1,4,4],f32>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool -> !torch.vtensor<[1,1,1,1],f32>
  return %0 : !torch.vtensor<[1,1,1,1],f32>
}

// -----

// A negative size.
func.func @empty_negative_size() -> !torch.vtensor<[2,3],f32> {
  %int2 = torch.constant.int 2
  %int-3 = torch.constant.int -3
  %none = torch.constant.none
  %sizes = torch.prim.ListConstruct %int2, %int-3 : (!torch.int, !torch.int) -> !torch.list<int>
  // expected-error @+1 {{'torch.aten.empty.memory_format': torch rejects the op's arguments:}}
  %0 = torch.aten.empty.memory_format %sizes, %none, %none, %none, %none, %none : !torch.list<int>, !torch.none, !torch.none, !torch.none, !torch.none, !torch.none -> !torch.vtensor<[2,3],f32>
  return %0 : !torch.vtensor<[2,3],f32>
}

// -----

// With dynamic dims, the rank and dtype are checked (they do not depend on the sizes).
func.func @dynamic_rank(%x: !torch.vtensor<[?,8],f16>) -> !torch.vtensor<[?],f16> {
  %none = torch.constant.none
  // expected-error @+1 {{'torch.aten.sum': declared result type !torch.vtensor<[?],f16> contradicts the type torch computes from its operands: !torch.vtensor<[],f16>}}
  %0 = torch.aten.sum %x, %none : !torch.vtensor<[?,8],f16>, !torch.none -> !torch.vtensor<[?],f16>
  return %0 : !torch.vtensor<[?],f16>
}

// -----

func.func @dynamic_size_int_out_of_range(%x: !torch.vtensor<[?],f32>) -> !torch.int {
  %int1 = torch.constant.int 1
  // expected-error @+1 {{'torch.aten.size.int': torch rejects the op's arguments: Dimension out of range (expected to be in range of [-1, 0], but got 1)}}
  %0 = torch.aten.size.int %x, %int1 : !torch.vtensor<[?],f32>, !torch.int -> !torch.int
  return %0 : !torch.int
}

// -----

func.func @list_unpack_dtype(%x: !torch.vtensor<[?,4],f32>) -> !torch.vtensor<[?,1],i1> {
  %int1 = torch.constant.int 1
  %int3 = torch.constant.int 3
  %sizes = torch.prim.ListConstruct %int1, %int3 : (!torch.int, !torch.int) -> !torch.list<int>
  %parts = torch.aten.split_with_sizes %x, %sizes, %int1 : !torch.vtensor<[?,4],f32>, !torch.list<int>, !torch.int -> !torch.list<vtensor>
  // expected-error @+1 {{'torch.prim.ListUnpack': declared result 0 type !torch.vtensor<[?,1],i1> contradicts the type of the list element it takes: !torch.vtensor<[?,1],f32>}}
  %a:2 = torch.prim.ListUnpack %parts : !torch.list<vtensor> -> !torch.vtensor<[?,1],i1>, !torch.vtensor<[?,3],f32>
  return %a#0 : !torch.vtensor<[?,1],i1>
}

// -----

func.func @list_index_dtype(%a: !torch.vtensor<[?],f32>, %b: !torch.vtensor<[?],f32>) -> !torch.vtensor<[?],ui8> {
  %int0 = torch.constant.int 0
  %l = torch.prim.ListConstruct %a, %b : (!torch.vtensor<[?],f32>, !torch.vtensor<[?],f32>) -> !torch.list<vtensor>
  // expected-error @+1 {{'torch.aten.__getitem__.t': declared result type !torch.vtensor<[?],ui8> contradicts the type of the list element it takes: !torch.vtensor<[?],f32>}}
  %0 = torch.aten.__getitem__.t %l, %int0 : !torch.list<vtensor>, !torch.int -> !torch.vtensor<[?],ui8>
  return %0 : !torch.vtensor<[?],ui8>
}

// -----

// A run-time float changes no result rank or dtype: checked with stand-ins
// (this used to abort in MLIR's AffineMap::get during the lowering).
func.func @run_time_float(%x: !torch.vtensor<[3],f32>, %s: !torch.float) -> !torch.vtensor<[],f32> {
  // expected-error @+1 {{'torch.aten.mul.Scalar': declared result type !torch.vtensor<[],f32> contradicts the type torch computes from its operands: !torch.vtensor<[3],f32>}}
  %0 = torch.aten.mul.Scalar %x, %s : !torch.vtensor<[3],f32>, !torch.float -> !torch.vtensor<[],f32>
  return %0 : !torch.vtensor<[],f32>
}

// -----

// A list of tensors with dynamic dims.
func.func @stack_rank(%a: !torch.vtensor<[?,3],f32>, %b: !torch.vtensor<[?,3],f32>) -> !torch.vtensor<[?,3],f32> {
  %int1 = torch.constant.int 1
  %l = torch.prim.ListConstruct %a, %b : (!torch.vtensor<[?,3],f32>, !torch.vtensor<[?,3],f32>) -> !torch.list<vtensor>
  // expected-error @+1 {{'torch.aten.stack': declared result type !torch.vtensor<[?,3],f32> contradicts the type torch computes from its operands: !torch.vtensor<[?,2,3],f32>}}
  %0 = torch.aten.stack %l, %int1 : !torch.list<vtensor>, !torch.int -> !torch.vtensor<[?,3],f32>
  return %0 : !torch.vtensor<[?,3],f32>
}

// -----

// Dynamic dims and run-time ints run with stand-ins: what does not depend on
// them is checked. The dtype of an indexing result is its input's.
func.func @index_put_dtype(%x: !torch.vtensor<[?,3],f32>, %mask: !torch.vtensor<[?],i1>, %v: !torch.vtensor<[3],f32>) -> !torch.vtensor<[?,3],ui8> {
  %false = torch.constant.bool false
  %0 = torch.prim.ListConstruct %mask : (!torch.vtensor<[?],i1>) -> !torch.list<optional<vtensor>>
  // expected-error @+1 {{'torch.aten.index_put': declared result type !torch.vtensor<[?,3],ui8> contradicts the type torch computes from its operands: !torch.vtensor<[?,3],f32>}}
  %1 = torch.aten.index_put %x, %0, %v, %false : !torch.vtensor<[?,3],f32>, !torch.list<optional<vtensor>>, !torch.vtensor<[3],f32>, !torch.bool -> !torch.vtensor<[?,3],ui8>
  return %1 : !torch.vtensor<[?,3],ui8>
}

// -----

func.func @index_tensor_dtype(%x: !torch.vtensor<[2,3,4],si32>, %i: !torch.vtensor<[?],si64>) -> !torch.vtensor<[2,?,4],f32> {
  %none = torch.constant.none
  %0 = torch.prim.ListConstruct %none, %i : (!torch.none, !torch.vtensor<[?],si64>) -> !torch.list<optional<vtensor>>
  // expected-error @+1 {{'torch.aten.index.Tensor': declared result type !torch.vtensor<[2,?,4],f32> contradicts the type torch computes from its operands: !torch.vtensor<[2,?,4],si32>}}
  %1 = torch.aten.index.Tensor %x, %0 : !torch.vtensor<[2,3,4],si32>, !torch.list<optional<vtensor>> -> !torch.vtensor<[2,?,4],f32>
  return %1 : !torch.vtensor<[2,?,4],f32>
}

// -----

// No stand-in fits both operands (17 elements into [17, 4]); empty tensors do,
// and the dtype does not depend on the sizes.
func.func @view_as_dtype(%x: !torch.vtensor<[?],f32>, %y: !torch.vtensor<[?,4],f32>) -> !torch.vtensor<[?,4],si8> {
  // expected-error @+1 {{'torch.aten.view_as': declared result type !torch.vtensor<[?,4],si8> contradicts the type torch computes from its operands: !torch.vtensor<*,f32>}}
  %0 = torch.aten.view_as %x, %y : !torch.vtensor<[?],f32>, !torch.vtensor<[?,4],f32> -> !torch.vtensor<[?,4],si8>
  return %0 : !torch.vtensor<[?,4],si8>
}

// -----

// A run-time int in the size list.
func.func @view_dtype(%x: !torch.vtensor<[2,?,4],f32>, %n: !torch.int) -> !torch.vtensor<[?,?],complex<f32>> {
  %int-1 = torch.constant.int -1
  %0 = torch.prim.ListConstruct %int-1, %n : (!torch.int, !torch.int) -> !torch.list<int>
  // expected-error @+1 {{'torch.aten.view': declared result type !torch.vtensor<[?,?],complex<f32>> contradicts the type torch computes from its operands: !torch.vtensor<*,f32>}}
  %1 = torch.aten.view %x, %0 : !torch.vtensor<[2,?,4],f32>, !torch.list<int> -> !torch.vtensor<[?,?],complex<f32>>
  return %1 : !torch.vtensor<[?,?],complex<f32>>
}

// -----

func.func @arange_rank(%end: !torch.int) -> !torch.vtensor<[],si64> {
  %int1 = torch.constant.int 1
  %int2 = torch.constant.int 2
  %none = torch.constant.none
  // expected-error @+1 {{'torch.aten.arange.start_step': declared result type !torch.vtensor<[],si64> contradicts the type torch computes from its operands: !torch.vtensor<[?],si64>}}
  %0 = torch.aten.arange.start_step %int1, %end, %int2, %none, %none, %none, %none : !torch.int, !torch.int, !torch.int, !torch.none, !torch.none, !torch.none, !torch.none -> !torch.vtensor<[],si64>
  return %0 : !torch.vtensor<[],si64>
}

// -----

// Result dims no stand-in of the dynamic dim changes are checked too.
func.func @adaptive_max_pool2d_dims(%x: !torch.vtensor<[2,3,8,?],f32>) -> (!torch.vtensor<[2,3,3,5],f32>, !torch.vtensor<[2,3,3,5],si64>) {
  %c0 = torch.constant.int 0
  %c5 = torch.constant.int 5
  %size = torch.prim.ListConstruct %c0, %c5 : (!torch.int, !torch.int) -> !torch.list<int>
  // expected-error @+1 {{'torch.aten.adaptive_max_pool2d': declared result 0 type !torch.vtensor<[2,3,3,5],f32> contradicts the type torch computes from its operands: !torch.vtensor<[2,3,0,5],f32>}}
  %0:2 = torch.aten.adaptive_max_pool2d %x, %size : !torch.vtensor<[2,3,8,?],f32>, !torch.list<int> -> !torch.vtensor<[2,3,3,5],f32>, !torch.vtensor<[2,3,3,5],si64>
  return %0#0, %0#1 : !torch.vtensor<[2,3,3,5],f32>, !torch.vtensor<[2,3,3,5],si64>
}

// -----

func.func @avg_pool2d_huge_kernel(%x: !torch.vtensor<[1,3,?,8],si64>) -> !torch.vtensor<[1,3,4,4],si64> {
  %c0 = torch.constant.int 0
  %big = torch.constant.int 9223372036854775807
  %k = torch.prim.ListConstruct %big, %big : (!torch.int, !torch.int) -> !torch.list<int>
  %p = torch.prim.ListConstruct %c0, %c0 : (!torch.int, !torch.int) -> !torch.list<int>
  %true = torch.constant.bool true
  %none = torch.constant.none
  // expected-error @+1 {{'torch.aten.avg_pool2d': declared result type !torch.vtensor<[1,3,4,4],si64> contradicts the type torch computes from its operands: !torch.vtensor<[1,3,1,1],si64>}}
  %0 = torch.aten.avg_pool2d %x, %k, %k, %p, %true, %true, %none : !torch.vtensor<[1,3,?,8],si64>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.bool, !torch.none -> !torch.vtensor<[1,3,4,4],si64>
  return %0 : !torch.vtensor<[1,3,4,4],si64>
}

// -----

// prims check their arguments with assertions: still torch's rejection.
func.func @broadcast_in_dim_out_of_range(%x: !torch.vtensor<[3,1],f32>) -> !torch.vtensor<[2,3,4],f32> {
  %int5 = torch.constant.int 5
  %int3 = torch.constant.int 3
  %int4 = torch.constant.int 4
  %int1 = torch.constant.int 1
  %0 = torch.prim.ListConstruct %int5, %int3, %int4 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
  %1 = torch.prim.ListConstruct %int1, %int5 : (!torch.int, !torch.int) -> !torch.list<int>
  // expected-error @+1 {{'torch.prims.broadcast_in_dim': torch rejects the op's arguments: broadcast_dimension 5 out of bounds for shape of length 3}}
  %2 = torch.prims.broadcast_in_dim %x, %0, %1 : !torch.vtensor<[3,1],f32>, !torch.list<int>, !torch.list<int> -> !torch.vtensor<[2,3,4],f32>
  return %2 : !torch.vtensor<[2,3,4],f32>
}

// -----

// A valid program is not rejected: `x[:5]` of a dynamic dim is 5 for the large
// stand-ins only, so the declared 5 is not compared.
func.func @slice_prefix_not_rejected(%x: !torch.vtensor<[?],f32>) -> !torch.vtensor<[5],f32> {
  %c0 = torch.constant.int 0
  %c5 = torch.constant.int 5
  %c1 = torch.constant.int 1
  %0 = torch.aten.slice.Tensor %x, %c0, %c0, %c5, %c1 : !torch.vtensor<[?],f32>, !torch.int, !torch.int, !torch.int, !torch.int -> !torch.vtensor<[5],f32>
  return %0 : !torch.vtensor<[5],f32>
}

// -----

// A run-time size: every stand-in fails (12 * ? elements into ? * 12), empty
// tensors do not, and the dtype is the input's.
func.func @view_runtime_size_dtype(%x: !torch.vtensor<[?,12],f32>, %n: !torch.int) -> !torch.vtensor<[?,3,4],si16> {
  %int3 = torch.constant.int 3
  %int4 = torch.constant.int 4
  %0 = torch.prim.ListConstruct %n, %int3, %int4 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
  // expected-error @+1 {{'torch.aten.view': declared result type !torch.vtensor<[?,3,4],si16> contradicts the type torch computes from its operands: !torch.vtensor<*,f32>}}
  %1 = torch.aten.view %x, %0 : !torch.vtensor<[?,12],f32>, !torch.list<int> -> !torch.vtensor<[?,3,4],si16>
  return %1 : !torch.vtensor<[?,3,4],si16>
}

// -----

// Valid only if the dynamic dims broadcast (are 1 or equal to 2): checked with
// dynamic dims of size 1.
func.func @baddbmm_rank(%c: !torch.vtensor<[?,4],f32>, %a: !torch.vtensor<[?,2,3],f32>, %b: !torch.vtensor<[?,3,4],f32>) -> !torch.vtensor<[?,4],f32> {
  %one = torch.constant.int 1
  // expected-error @+1 {{'torch.aten.baddbmm': declared result type !torch.vtensor<[?,4],f32> contradicts the type torch computes from its operands: !torch.vtensor<[?,?,?],f32>}}
  %0 = torch.aten.baddbmm %c, %a, %b, %one, %one : !torch.vtensor<[?,4],f32>, !torch.vtensor<[?,2,3],f32>, !torch.vtensor<[?,3,4],f32>, !torch.int, !torch.int -> !torch.vtensor<[?,4],f32>
  return %0 : !torch.vtensor<[?,4],f32>
}

// -----

// A data-dependent result size: no meta kernel, but the rank and dtype are known.
func.func @masked_select_rank(%x: !torch.vtensor<[2,3],f32>, %m: !torch.vtensor<[3],i1>) -> !torch.vtensor<[1,?],f32> {
  // expected-error @+1 {{'torch.aten.masked_select': declared result type !torch.vtensor<[1,?],f32> contradicts the type torch computes from its operands: !torch.vtensor<[?],f32>}}
  %0 = torch.aten.masked_select %x, %m : !torch.vtensor<[2,3],f32>, !torch.vtensor<[3],i1> -> !torch.vtensor<[1,?],f32>
  return %0 : !torch.vtensor<[1,?],f32>
}

// -----

// A view keeps its input's dtype, whatever the (here incompatible) sizes.
func.func @view_keeps_dtype(%x: !torch.vtensor<[2,?,4],f32>) -> !torch.vtensor<[?,4],f64> {
  %c5 = torch.constant.int 5
  %c4 = torch.constant.int 4
  %0 = torch.prim.ListConstruct %c5, %c4 : (!torch.int, !torch.int) -> !torch.list<int>
  // expected-error @+1 {{'torch.aten.view': declared result type !torch.vtensor<[?,4],f64> contradicts the type torch computes from its operands: !torch.vtensor<*,f32>}}
  %1 = torch.aten.view %x, %0 : !torch.vtensor<[2,?,4],f32>, !torch.list<int> -> !torch.vtensor<[?,4],f64>
  return %1 : !torch.vtensor<[?,4],f64>
}

// -----

// Scalar ops are not run on torch's kernels (INT64_MIN // -1 traps).
func.func @floordiv_int_min(%a: !torch.int) -> !torch.int {
  %min = torch.constant.int -9223372036854775808
  %cm1 = torch.constant.int -1
  %0 = torch.aten.floordiv.int %min, %cm1 : !torch.int, !torch.int -> !torch.int
  %1 = torch.aten.floordiv.int %0, %a : !torch.int, !torch.int -> !torch.int
  return %1 : !torch.int
}

// -----

// A dtype code torch does not know never reaches torch (it read it as an enum
// and crashed).
func.func @arange_bad_dtype_code() -> !torch.vtensor<[5],f64> {
  %int5 = torch.constant.int 5
  %bad = torch.constant.int 9223372036854775807
  %none = torch.constant.none
  // expected-error @+1 {{'torch.aten.arange': torch rejects the op's arguments: 9223372036854775807 is not a torch ScalarType code}}
  %0 = torch.aten.arange %int5, %bad, %none, %none, %none : !torch.int, !torch.int, !torch.none, !torch.none, !torch.none -> !torch.vtensor<[5],f64>
  return %0 : !torch.vtensor<[5],f64>
}

// -----

// Valid only when the dynamic dim is 4 (another operand's dim): checked with
// that stand-in; the declared rank is wrong.
func.func @matmul_dynamic_reduction_dim(%a: !torch.vtensor<[2,3,4,?],f32>, %b: !torch.vtensor<[4,5],f32>) -> !torch.vtensor<[2,3,5],f32> {
  // expected-error @+1 {{'torch.aten.matmul': declared result type !torch.vtensor<[2,3,5],f32> contradicts the type torch computes from its operands: !torch.vtensor<[?,?,?,?],f32>}}
  %0 = torch.aten.matmul %a, %b : !torch.vtensor<[2,3,4,?],f32>, !torch.vtensor<[4,5],f32> -> !torch.vtensor<[2,3,5],f32>
  return %0 : !torch.vtensor<[2,3,5],f32>
}

// -----

// A scatter's result is typed as self, whatever torch says of the other
// arguments.
func.func @scatter_reduce_result_not_self(%arg0: !torch.vtensor<[?,1],f32>, %arg1: !torch.vtensor<[2,4],si64>, %arg2: !torch.vtensor<[2,4],f32>) -> !torch.vtensor<[4],f32> {
  %int0 = torch.constant.int 0
  %str = torch.constant.str "mean"
  %true = torch.constant.bool true
  // expected-error @+1 {{'torch.aten.scatter_reduce.two': declared result type !torch.vtensor<[4],f32> contradicts the type torch computes from its operands: !torch.vtensor<[?,1],f32>}}
  %0 = torch.aten.scatter_reduce.two %arg0, %int0, %arg1, %arg2, %str, %true : !torch.vtensor<[?,1],f32>, !torch.int, !torch.vtensor<[2,4],si64>, !torch.vtensor<[2,4],f32>, !torch.str, !torch.bool -> !torch.vtensor<[4],f32>
  return %0 : !torch.vtensor<[4],f32>
}

// -----

// A boolean mask (no meta kernel: the size depends on the data) still fixes
// the result's rank and dtype.
func.func @index_bool_mask_dtype(%arg0: !torch.vtensor<[0,3],f32>, %arg1: !torch.vtensor<[?],i1>) -> !torch.vtensor<[0,3],f64> {
  %0 = torch.prim.ListConstruct %arg1 : (!torch.vtensor<[?],i1>) -> !torch.list<optional<vtensor>>
  // expected-error @+1 {{'torch.aten.index.Tensor': declared result type !torch.vtensor<[0,3],f64> contradicts the type torch computes from its operands: !torch.vtensor<[?,?],f32>}}
  %1 = torch.aten.index.Tensor %arg0, %0 : !torch.vtensor<[0,3],f32>, !torch.list<optional<vtensor>> -> !torch.vtensor<[0,3],f64>
  return %1 : !torch.vtensor<[0,3],f64>
}

// -----

func.func @index_bool_mask_2d_rank(%arg0: !torch.vtensor<[2,3,4],f32>, %arg1: !torch.vtensor<[2,3],i1>) -> !torch.vtensor<[?,3,4],f32> {
  %0 = torch.prim.ListConstruct %arg1 : (!torch.vtensor<[2,3],i1>) -> !torch.list<optional<vtensor>>
  // expected-error @+1 {{'torch.aten.index.Tensor': declared result type !torch.vtensor<[?,3,4],f32> contradicts the type torch computes from its operands: !torch.vtensor<[?,?],f32>}}
  %1 = torch.aten.index.Tensor %arg0, %0 : !torch.vtensor<[2,3,4],f32>, !torch.list<optional<vtensor>> -> !torch.vtensor<[?,3,4],f32>
  return %1 : !torch.vtensor<[?,3,4],f32>
}

// -----

// Valid only when the dynamic dim is 0: the rank is checked with that size.
func.func @matmul_dynamic_reduction_dim_0(%a: !torch.vtensor<[2,3,4,?],f32>, %b: !torch.vtensor<[0,0],f32>) -> !torch.vtensor<[2,3,5],f32> {
  // expected-error @+1 {{'torch.aten.matmul': declared result type !torch.vtensor<[2,3,5],f32> contradicts the type torch computes from its operands: !torch.vtensor<[?,?,?,?],f32>}}
  %0 = torch.aten.matmul %a, %b : !torch.vtensor<[2,3,4,?],f32>, !torch.vtensor<[0,0],f32> -> !torch.vtensor<[2,3,5],f32>
  return %0 : !torch.vtensor<[2,3,5],f32>
}

// -----

// The complex <-> real views change the dtype: no contradiction.
func.func @view_as_complex(%x: !torch.vtensor<[?,2],f32>) -> !torch.vtensor<[?],complex<f32>> {
  %0 = torch.aten.view_as_complex %x : !torch.vtensor<[?,2],f32> -> !torch.vtensor<[?],complex<f32>>
  return %0 : !torch.vtensor<[?],complex<f32>>
}

// -----

// The indices of max pooling are si64 (an auxiliary integer result: its
// dtype is checked too).
func.func @adaptive_max_pool_indices_dtype(%x: !torch.vtensor<[2,3,8,?],f32>) -> (!torch.vtensor<[2,3,3,5],f32>, !torch.vtensor<[2,3,3,5],ui8>) {
  %c3 = torch.constant.int 3
  %c5 = torch.constant.int 5
  %size = torch.prim.ListConstruct %c3, %c5 : (!torch.int, !torch.int) -> !torch.list<int>
  // expected-error @+1 {{'torch.aten.adaptive_max_pool2d': declared result 1 type !torch.vtensor<[2,3,3,5],ui8> contradicts the type torch computes from its operands: !torch.vtensor<[?,?,?,?],si64>}}
  %0:2 = torch.aten.adaptive_max_pool2d %x, %size : !torch.vtensor<[2,3,8,?],f32>, !torch.list<int> -> !torch.vtensor<[2,3,3,5],f32>, !torch.vtensor<[2,3,3,5],ui8>
  return %0#0, %0#1 : !torch.vtensor<[2,3,3,5],f32>, !torch.vtensor<[2,3,3,5],ui8>
}

// -----

// A stride known only at run time: the result still has the input's rank
// and dtype.
func.func @max_pool_runtime_stride(%x: !torch.vtensor<[1,2,8,8],f32>, %stride: !torch.list<int>) -> !torch.vtensor<[?,?],bf16> {
  %false = torch.constant.bool false
  %int0 = torch.constant.int 0
  %int1 = torch.constant.int 1
  %int2 = torch.constant.int 2
  %k = torch.prim.ListConstruct %int2, %int2 : (!torch.int, !torch.int) -> !torch.list<int>
  %pad = torch.prim.ListConstruct %int0, %int0 : (!torch.int, !torch.int) -> !torch.list<int>
  %dil = torch.prim.ListConstruct %int1, %int1 : (!torch.int, !torch.int) -> !torch.list<int>
  // expected-error @+1 {{'torch.aten.max_pool2d': declared result type !torch.vtensor<[?,?],bf16> contradicts the type torch computes from its operands: !torch.vtensor<[?,?,?,?],f32>}}
  %0 = torch.aten.max_pool2d %x, %k, %stride, %pad, %dil, %false : !torch.vtensor<[1,2,8,8],f32>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool -> !torch.vtensor<[?,?],bf16>
  return %0 : !torch.vtensor<[?,?],bf16>
}

// -----

// Static contracted dims that differ, with dynamic batch dims (torch's
// message names them, so the stand-ins do not agree on it).
func.func @matmul_contracted_dims_differ(%a: !torch.vtensor<[?,?,3],f32>, %b: !torch.vtensor<[4],f32>) -> !torch.vtensor<[?,?,4],f32> {
  // expected-error @+1 {{'torch.aten.matmul': the contracted dims differ: 3 (the last dim of !torch.vtensor<[?,?,3],f32>) and 4 (of !torch.vtensor<[4],f32>)}}
  %0 = torch.aten.matmul %a, %b : !torch.vtensor<[?,?,3],f32>, !torch.vtensor<[4],f32> -> !torch.vtensor<[?,?,4],f32>
  return %0 : !torch.vtensor<[?,?,4],f32>
}

// -----

// A number wrapped in a tensor: 0-d, si64 for an int.
func.func @num_to_tensor_rank(%a: !torch.int) -> !torch.vtensor<[1099511627776],si64> {
  // expected-error @+1 {{'torch.prim.NumToTensor.Scalar': declared result type !torch.vtensor<[1099511627776],si64> contradicts the type torch computes from its operands: !torch.vtensor<[],si64>}}
  %0 = torch.prim.NumToTensor.Scalar %a : !torch.int -> !torch.vtensor<[1099511627776],si64>
  return %0 : !torch.vtensor<[1099511627776],si64>
}

// -----

func.func @num_to_tensor_dtype(%a: !torch.float) -> !torch.vtensor<[],si64> {
  // expected-error @+1 {{'torch.prim.NumToTensor.Scalar': declared result type !torch.vtensor<[],si64> contradicts the type torch computes from its operands: !torch.vtensor<[],f64>}}
  %0 = torch.prim.NumToTensor.Scalar %a : !torch.float -> !torch.vtensor<[],si64>
  return %0 : !torch.vtensor<[],si64>
}

// -----

// A 0-d boolean mask adds a dim (x[True]): the dtype is still x's.
func.func @index_0d_mask_dtype(%arg0: !torch.vtensor<[2,3],f32>, %arg1: !torch.vtensor<[],i1>) -> !torch.vtensor<[?,2,3],si64> {
  %0 = torch.prim.ListConstruct %arg1 : (!torch.vtensor<[],i1>) -> !torch.list<optional<vtensor>>
  // expected-error @+1 {{'torch.aten.index.Tensor': declared result type !torch.vtensor<[?,2,3],si64> contradicts the type torch computes from its operands: !torch.vtensor<[?,?,?],f32>}}
  %1 = torch.aten.index.Tensor %arg0, %0 : !torch.vtensor<[2,3],f32>, !torch.list<optional<vtensor>> -> !torch.vtensor<[?,2,3],si64>
  return %1 : !torch.vtensor<[?,2,3],si64>
}

// -----

// arange is 1-d, int64 for int bounds, whatever the run-time bound.
func.func @arange_runtime_end_rank(%end: !torch.int) -> !torch.vtensor<[1,?],si64> {
  %start = torch.constant.int 9223372036854775807
  %int2 = torch.constant.int 2
  %none = torch.constant.none
  // expected-error @+1 {{'torch.aten.arange.start_step': declared result type !torch.vtensor<[1,?],si64> contradicts the type torch computes from its operands: !torch.vtensor<[?],si64>}}
  %0 = torch.aten.arange.start_step %start, %end, %int2, %none, %none, %none, %none : !torch.int, !torch.int, !torch.int, !torch.none, !torch.none, !torch.none, !torch.none -> !torch.vtensor<[1,?],si64>
  return %0 : !torch.vtensor<[1,?],si64>
}

// -----

// A split valid for one size of the dynamic dim only (4): its pieces still
// have the input's dtype and rank.
func.func @list_unpack_split_piece_dtype(%x: !torch.vtensor<[?,?],f32>) -> !torch.vtensor<[?,1],i1> {
  %int1 = torch.constant.int 1
  %int3 = torch.constant.int 3
  %sizes = torch.prim.ListConstruct %int1, %int3 : (!torch.int, !torch.int) -> !torch.list<int>
  %parts = torch.aten.split_with_sizes %x, %sizes, %int1 : !torch.vtensor<[?,?],f32>, !torch.list<int>, !torch.int -> !torch.list<vtensor>
  // expected-error @+1 {{'torch.prim.ListUnpack': declared result 0 type !torch.vtensor<[?,1],i1> contradicts the type of the list element it takes: !torch.vtensor<[?,?],f32>}}
  %a:2 = torch.prim.ListUnpack %parts : !torch.list<vtensor> -> !torch.vtensor<[?,1],i1>, !torch.vtensor<[?,3],f32>
  return %a#0 : !torch.vtensor<[?,1],i1>
}

// -----

// x[mask] with a 0-d mask as the only index: x with a new leading dim.
func.func @index_0d_mask_rank(%arg0: !torch.vtensor<[?,3],f32>, %arg1: !torch.vtensor<[],i1>) -> !torch.vtensor<[?,3],f32> {
  %0 = torch.prim.ListConstruct %arg1 : (!torch.vtensor<[],i1>) -> !torch.list<optional<vtensor>>
  // expected-error @+1 {{'torch.aten.index.Tensor': declared result type !torch.vtensor<[?,3],f32> contradicts the type torch computes from its operands: !torch.vtensor<[?,?,?],f32>}}
  %1 = torch.aten.index.Tensor %arg0, %0 : !torch.vtensor<[?,3],f32>, !torch.list<optional<vtensor>> -> !torch.vtensor<[?,3],f32>
  return %1 : !torch.vtensor<[?,3],f32>
}
