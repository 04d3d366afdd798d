// RUN: torch-mlir-opt %s -split-input-file -torch-refine-types | FileCheck %s

// torch-refine-types on TorchScript idioms: conditions known from static
// shapes and dtypes fold, Optional values are seen through, lists and tuples
// give their elements' types.

// `if x.dim() == 2:` (instance_norm's unsqueeze for 2-D input): the shape
// is static, so the branch that runs replaces the If and its ops are typed.
// CHECK-LABEL: func.func @fold_if_on_static_rank(
// CHECK-NOT:     torch.prim.If
// CHECK:         %[[R:.*]] = torch.aten.relu %{{.*}} : !torch.vtensor<[2,4,7],f32> -> !torch.vtensor<[2,4,7],f32>
// CHECK:         return %[[R]] : !torch.vtensor<[2,4,7],f32>
func.func @fold_if_on_static_rank(%x: !torch.vtensor<[2,4,7],f32>) -> !torch.vtensor {
  %int0 = torch.constant.int 0
  %int2 = torch.constant.int 2
  %0 = torch.aten.dim %x : !torch.vtensor<[2,4,7],f32> -> !torch.int
  %1 = torch.aten.eq.int %0, %int2 : !torch.int, !torch.int -> !torch.bool
  %2 = torch.prim.If %1 -> (!torch.vtensor) {
    %3 = torch.aten.unsqueeze %x, %int0 : !torch.vtensor<[2,4,7],f32>, !torch.int -> !torch.vtensor
    torch.prim.If.yield %3 : !torch.vtensor
  } else {
    %3 = torch.aten.relu %x : !torch.vtensor<[2,4,7],f32> -> !torch.vtensor
    torch.prim.If.yield %3 : !torch.vtensor
  }
  return %2 : !torch.vtensor
}

// -----

// A condition on a run-time value (a dynamic dim, an argument) stays.
// CHECK-LABEL: func.func @keep_if_on_dynamic_dim(
// CHECK:         torch.prim.If
func.func @keep_if_on_dynamic_dim(%x: !torch.vtensor<[?,4],f32>) -> !torch.vtensor {
  %int0 = torch.constant.int 0
  %int2 = torch.constant.int 2
  %0 = torch.aten.size.int %x, %int0 : !torch.vtensor<[?,4],f32>, !torch.int -> !torch.int
  %1 = torch.aten.eq.int %0, %int2 : !torch.int, !torch.int -> !torch.bool
  %2 = torch.prim.If %1 -> (!torch.vtensor) {
    %3 = torch.aten.neg %x : !torch.vtensor<[?,4],f32> -> !torch.vtensor
    torch.prim.If.yield %3 : !torch.vtensor
  } else {
    %3 = torch.aten.relu %x : !torch.vtensor<[?,4],f32> -> !torch.vtensor
    torch.prim.If.yield %3 : !torch.vtensor
  }
  return %2 : !torch.vtensor
}

// -----

// Facts of dtypes, devices and static lists: `x.is_floating_point()`,
// `x.device.type in [...]`, `list(x.shape) != [2, 3]`.
// CHECK-LABEL: func.func @fold_dtype_device_and_list_facts(
// CHECK-NOT:     torch.prim.If
// CHECK-NOT:     torch.prim.RaiseException
// CHECK:         torch.aten.neg %{{.*}} -> !torch.vtensor<[2,3],si64>
func.func @fold_dtype_device_and_list_facts(%x: !torch.vtensor<[2,3],si64>) -> !torch.vtensor {
  %int2 = torch.constant.int 2
  %int3 = torch.constant.int 3
  %cpu = torch.constant.str "cpu"
  %cuda = torch.constant.str "cuda"
  %msg = torch.constant.str "bad"
  %exc = torch.constant.str "builtins.RuntimeError"
  %0 = torch.aten.is_floating_point %x : !torch.vtensor<[2,3],si64> -> !torch.bool
  torch.prim.If %0 {
    torch.prim.RaiseException %msg, %exc : !torch.str, !torch.str
    torch.prim.If.yield
  } else {
    torch.prim.If.yield
  }
  %dev = torch.prim.device %x : !torch.vtensor<[2,3],si64> -> !torch.Device
  %kind = torch.prim.type %dev : !torch.Device -> !torch.str
  %kinds = torch.prim.ListConstruct %cpu, %cuda : (!torch.str, !torch.str) -> !torch.list<str>
  %1 = torch.aten.__contains__.str_list %kinds, %kind : !torch.list<str>, !torch.str -> !torch.bool
  %2 = torch.aten.__not__ %1 : !torch.bool -> !torch.bool
  torch.prim.If %2 {
    torch.prim.RaiseException %msg, %exc : !torch.str, !torch.str
    torch.prim.If.yield
  } else {
    torch.prim.If.yield
  }
  %shape = torch.aten.size %x : !torch.vtensor<[2,3],si64> -> !torch.list<int>
  %want = torch.prim.ListConstruct %int2, %int3 : (!torch.int, !torch.int) -> !torch.list<int>
  %3 = torch.aten.ne.int_list %shape, %want : !torch.list<int>, !torch.list<int> -> !torch.bool
  torch.prim.If %3 {
    torch.prim.RaiseException %msg, %exc : !torch.str, !torch.str
    torch.prim.If.yield
  } else {
    torch.prim.If.yield
  }
  %4 = torch.aten.neg %x : !torch.vtensor<[2,3],si64> -> !torch.vtensor
  return %4 : !torch.vtensor
}

// -----

// Library fast-path checks: the compiled program is inference on dense
// tensors, so grad mode, autocast, nested tensors and requires_grad are all
// false (nn.MultiheadAttention picks its fused kernel, which core decomposes).
// CHECK-LABEL: func.func @fold_fast_path_checks(
// CHECK-NOT:     torch.prim.If
// CHECK:         %[[R:.*]] = torch.aten.sigmoid %arg0 : !torch.vtensor<[2],f32> -> !torch.vtensor<[2],f32>
// CHECK:         return %[[R]]
func.func @fold_fast_path_checks(%x: !torch.vtensor<[2],f32>) -> !torch.vtensor {
  %nested = torch.prim.is_nested %x : !torch.vtensor<[2],f32> -> !torch.bool
  %grad = torch.aten.is_grad_enabled : -> !torch.bool
  %autocast = torch.aten.is_autocast_enabled : -> !torch.bool
  %requires = torch.prim.requires_grad %x : !torch.vtensor<[2],f32> -> !torch.bool
  %0 = torch.aten.__or__.bool %nested, %grad : !torch.bool, !torch.bool -> !torch.bool
  %1 = torch.aten.__or__.bool %autocast, %requires : !torch.bool, !torch.bool -> !torch.bool
  %2 = torch.aten.__or__.bool %0, %1 : !torch.bool, !torch.bool -> !torch.bool
  %3 = torch.prim.If %2 -> (!torch.vtensor) {
    %t = torch.aten.tanh %x : !torch.vtensor<[2],f32> -> !torch.vtensor
    torch.prim.If.yield %t : !torch.vtensor
  } else {
    %s = torch.aten.sigmoid %x : !torch.vtensor<[2],f32> -> !torch.vtensor
    torch.prim.If.yield %s : !torch.vtensor
  }
  return %3 : !torch.vtensor
}

// -----

// `unchecked_cast` of an Optional gets the type of the tensor it holds,
// through derefines and through the branches of an If (a branch yielding
// None does not count).
// CHECK-LABEL: func.func @optional_payload(
// CHECK:         torch.prim.unchecked_cast %{{.*}} : !torch.optional<vtensor> -> !torch.vtensor<[3,16],f32>
// CHECK:         torch.aten.tanh %{{.*}} -> !torch.vtensor<[3,16],f32>
func.func @optional_payload(%h: !torch.vtensor<[3,16],f32>, %c: !torch.bool) -> !torch.vtensor {
  %none = torch.constant.none
  %0 = torch.derefine %h : !torch.vtensor<[3,16],f32> to !torch.optional<vtensor>
  %1 = torch.prim.If %c -> (!torch.optional<vtensor>) {
    torch.prim.If.yield %0 : !torch.optional<vtensor>
  } else {
    %n = torch.derefine %none : !torch.none to !torch.optional<vtensor>
    torch.prim.If.yield %n : !torch.optional<vtensor>
  }
  %2 = torch.prim.unchecked_cast %1 : !torch.optional<vtensor> -> !torch.vtensor
  %3 = torch.aten.tanh %2 : !torch.vtensor -> !torch.vtensor
  return %3 : !torch.vtensor
}

// -----

// An Optional that is None on every path (`mask = None` before an `if` that
// passes it on): `mask is not None` folds, and the cast of it goes with the
// branch.
// CHECK-LABEL: func.func @always_none(
// CHECK-NOT:     torch.prim.unchecked_cast
// CHECK:         return %{{.*}} : !torch.vtensor<[4],f32>
func.func @always_none(%x: !torch.vtensor<[4],f32>, %c: !torch.bool) -> !torch.vtensor {
  %none = torch.constant.none
  %n = torch.derefine %none : !torch.none to !torch.optional<vtensor>
  %0 = torch.prim.If %c -> (!torch.optional<vtensor>) {
    torch.prim.If.yield %n : !torch.optional<vtensor>
  } else {
    torch.prim.If.yield %n : !torch.optional<vtensor>
  }
  %1 = torch.aten.__isnot__ %0, %none : !torch.optional<vtensor>, !torch.none -> !torch.bool
  %2 = torch.prim.If %1 -> (!torch.vtensor) {
    %3 = torch.prim.unchecked_cast %0 : !torch.optional<vtensor> -> !torch.vtensor
    torch.prim.If.yield %3 : !torch.vtensor
  } else {
    %3 = torch.aten.relu %x : !torch.vtensor<[4],f32> -> !torch.vtensor
    torch.prim.If.yield %3 : !torch.vtensor
  }
  return %2 : !torch.vtensor
}

// -----

// Optional[Tuple[Tensor, Tensor]] (LSTMCell's hx): the cast tuple and its
// unpacked elements are typed.
// CHECK-LABEL: func.func @optional_tuple(
// CHECK:         torch.prim.unchecked_cast {{.*}} -> !torch.tuple<vtensor<[3,16],f32>, vtensor<[3,16],f32>>
// CHECK:         torch.prim.TupleUnpack {{.*}} -> !torch.vtensor<[3,16],f32>, !torch.vtensor<[3,16],f32>
// CHECK:         torch.aten.add.Tensor {{.*}} -> !torch.vtensor<[3,16],f32>
func.func @optional_tuple(%h: !torch.vtensor<[3,16],f32>, %c: !torch.vtensor<[3,16],f32>) -> !torch.vtensor {
  %int1 = torch.constant.int 1
  %0 = torch.prim.TupleConstruct %h, %c : !torch.vtensor<[3,16],f32>, !torch.vtensor<[3,16],f32> -> !torch.tuple<vtensor<[3,16],f32>, vtensor<[3,16],f32>>
  %1 = torch.derefine %0 : !torch.tuple<vtensor<[3,16],f32>, vtensor<[3,16],f32>> to !torch.optional<tuple<vtensor, vtensor>>
  %2 = torch.prim.unchecked_cast %1 : !torch.optional<tuple<vtensor, vtensor>> -> !torch.tuple<vtensor, vtensor>
  %3:2 = torch.prim.TupleUnpack %2 : !torch.tuple<vtensor, vtensor> -> !torch.vtensor, !torch.vtensor
  %4 = torch.aten.add.Tensor %3#0, %3#1, %int1 : !torch.vtensor, !torch.vtensor, !torch.int -> !torch.vtensor
  return %4 : !torch.vtensor
}

// -----

// The tensors of a list an op produces (`a, b = x.chunk(2)`) get their
// types from the op's meta run; a returned list of known length is
// returned as a ListConstruct of its elements.
// CHECK-LABEL: func.func @list_elements(
// CHECK:         %[[L:.*]] = torch.aten.chunk
// CHECK:         torch.prim.ListUnpack %[[L]] : !torch.list<vtensor> -> !torch.vtensor<[4,2],f32>, !torch.vtensor<[4,2],f32>
// CHECK:         torch.aten.sub.Tensor {{.*}} -> !torch.vtensor<[4,2],f32>
// CHECK:         %[[U:.*]]:3 = torch.prim.ListUnpack %{{.*}} : !torch.list<vtensor> -> !torch.vtensor<[3,2],f32>, !torch.vtensor<[3,2],f32>, !torch.vtensor<[2,2],f32>
// CHECK:         %[[P:.*]] = torch.prim.ListConstruct %[[U]]#0, %[[U]]#1, %[[U]]#2
// CHECK:         return %{{.*}}, %[[P]] : !torch.vtensor<[4,2],f32>, !torch.list<vtensor>
func.func @list_elements(%x: !torch.vtensor<[8,2],f32>) -> (!torch.vtensor, !torch.list<vtensor>) {
  %int0 = torch.constant.int 0
  %int1 = torch.constant.int 1
  %int2 = torch.constant.int 2
  %int3 = torch.constant.int 3
  %0 = torch.aten.chunk %x, %int2, %int0 : !torch.vtensor<[8,2],f32>, !torch.int, !torch.int -> !torch.list<vtensor>
  %1:2 = torch.prim.ListUnpack %0 : !torch.list<vtensor> -> !torch.vtensor, !torch.vtensor
  %2 = torch.aten.sub.Tensor %1#0, %1#1, %int1 : !torch.vtensor, !torch.vtensor, !torch.int -> !torch.vtensor
  %3 = torch.aten.split.Tensor %x, %int3, %int0 : !torch.vtensor<[8,2],f32>, !torch.int, !torch.int -> !torch.list<vtensor>
  return %2, %3 : !torch.vtensor, !torch.list<vtensor>
}

// -----

// `b, n, _ = x.shape` then `x.view(b, n, 2, 3)`: the unpacked sizes are
// compile-time facts.
// CHECK-LABEL: func.func @unpacked_sizes(
// CHECK:         torch.aten.view {{.*}} -> !torch.vtensor<[2,5,2,3],f32>
func.func @unpacked_sizes(%x: !torch.vtensor<[2,5,6],f32>) -> !torch.vtensor {
  %int2 = torch.constant.int 2
  %int3 = torch.constant.int 3
  %0 = torch.aten.size %x : !torch.vtensor<[2,5,6],f32> -> !torch.list<int>
  %1:3 = torch.prim.ListUnpack %0 : !torch.list<int> -> !torch.int, !torch.int, !torch.int
  %2 = torch.prim.ListConstruct %1#0, %1#1, %int2, %int3 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
  %3 = torch.aten.view %x, %2 : !torch.vtensor<[2,5,6],f32>, !torch.list<int> -> !torch.vtensor
  return %3 : !torch.vtensor
}

// -----

// `x[:, t]` with the loop's induction variable: the first stand-in for a
// run-time int is out of range for the dim of size 4, the second (0/1)
// works, and the loop-carried value keeps its type.
// CHECK-LABEL: func.func @select_in_loop(
// CHECK:         torch.aten.select.int {{.*}} -> !torch.vtensor<[2,6],f32>
// CHECK:         torch.prim.Loop.condition %{{.*}}, iter(%{{.*}} : !torch.vtensor<[2,6],f32>)
// CHECK:         } : (!torch.int, !torch.bool, !torch.vtensor<[2,6],f32>) -> !torch.vtensor<[2,6],f32>
func.func @select_in_loop(%x: !torch.vtensor<[2,4,6],f32>, %h: !torch.vtensor<[2,6],f32>) -> !torch.vtensor {
  %true = torch.constant.bool true
  %int1 = torch.constant.int 1
  %int4 = torch.constant.int 4
  %init = torch.tensor_static_info_cast %h : !torch.vtensor<[2,6],f32> to !torch.vtensor
  %0 = torch.prim.Loop %int4, %true, init(%init) {
  ^bb0(%t: !torch.int, %acc: !torch.vtensor):
    %1 = torch.aten.select.int %x, %int1, %t : !torch.vtensor<[2,4,6],f32>, !torch.int, !torch.int -> !torch.vtensor
    %2 = torch.aten.add.Tensor %acc, %1, %int1 : !torch.vtensor, !torch.vtensor, !torch.int -> !torch.vtensor
    torch.prim.Loop.condition %true, iter(%2 : !torch.vtensor)
  } : (!torch.int, !torch.bool, !torch.vtensor) -> !torch.vtensor
  return %0 : !torch.vtensor
}

// -----

// One prim.Uninitialized stands for the result of every branch that raises
// (TorchScript shares it): each If gets its own, of the type the other
// branch gives.
// CHECK-LABEL: func.func @shared_uninitialized(
// CHECK:         torch.prim.If %{{.*}} -> (!torch.vtensor<[4],f32>)
// CHECK:           %[[U1:.*]] = torch.prim.Uninitialized : -> !torch.vtensor<[4],f32>
// CHECK:           torch.prim.If.yield %[[U1]] : !torch.vtensor<[4],f32>
// CHECK:         torch.prim.If %{{.*}} -> (!torch.vtensor<[],f32>)
// CHECK:           %[[U2:.*]] = torch.prim.Uninitialized : -> !torch.vtensor<[],f32>
// CHECK:           torch.prim.If.yield %[[U2]] : !torch.vtensor<[],f32>
func.func @shared_uninitialized(%x: !torch.vtensor<[4],f32>, %c: !torch.bool) -> (!torch.vtensor, !torch.vtensor) {
  %none = torch.constant.none
  %msg = torch.constant.str "bad"
  %exc = torch.constant.str "builtins.RuntimeError"
  %u = torch.prim.Uninitialized : -> !torch.vtensor
  %0 = torch.prim.If %c -> (!torch.vtensor) {
    torch.prim.RaiseException %msg, %exc : !torch.str, !torch.str
    torch.prim.If.yield %u : !torch.vtensor
  } else {
    %r = torch.aten.relu %x : !torch.vtensor<[4],f32> -> !torch.vtensor
    torch.prim.If.yield %r : !torch.vtensor
  }
  %1 = torch.prim.If %c -> (!torch.vtensor) {
    torch.prim.RaiseException %msg, %exc : !torch.str, !torch.str
    torch.prim.If.yield %u : !torch.vtensor
  } else {
    %s = torch.aten.sum %x, %none : !torch.vtensor<[4],f32>, !torch.none -> !torch.vtensor
    torch.prim.If.yield %s : !torch.vtensor
  }
  return %0, %1 : !torch.vtensor, !torch.vtensor
}

// -----

// `outs = []; for t in range(3): outs.append(x[t] * 2); torch.stack(outs)`:
// the loop (compile-time trip count, appending to a list made before it) is
// unrolled and the appends become value-semantic ListConstructs, so the
// stacked list has a known length and element types.
// CHECK-LABEL: func.func @append_in_loop(
// CHECK-NOT:     torch.prim.Loop
// CHECK-NOT:     torch.aten.append.t
// CHECK:         %[[L:.*]] = torch.prim.ListConstruct %{{.*}}, %{{.*}}, %{{.*}} : (!torch.vtensor<[4],f32>, !torch.vtensor<[4],f32>, !torch.vtensor<[4],f32>) -> !torch.list<vtensor>
// CHECK:         torch.aten.stack %[[L]], %{{.*}} : !torch.list<vtensor>, !torch.int -> !torch.vtensor<[3,4],f32>
func.func @append_in_loop(%x: !torch.vtensor<[3,4],f32>) -> !torch.vtensor {
  %true = torch.constant.bool true
  %int0 = torch.constant.int 0
  %int2 = torch.constant.int 2
  %outs = torch.prim.ListConstruct  : () -> !torch.list<vtensor>
  %n = torch.aten.size.int %x, %int0 : !torch.vtensor<[3,4],f32>, !torch.int -> !torch.int
  torch.prim.Loop %n, %true, init() {
  ^bb0(%t: !torch.int):
    %row = torch.aten.select.int %x, %int0, %t : !torch.vtensor<[3,4],f32>, !torch.int, !torch.int -> !torch.vtensor
    %y = torch.aten.mul.Scalar %row, %int2 : !torch.vtensor, !torch.int -> !torch.vtensor
    %0 = torch.aten.append.t %outs, %y : !torch.list<vtensor>, !torch.vtensor -> !torch.list<vtensor>
    torch.prim.Loop.condition %true, iter()
  } : (!torch.int, !torch.bool) -> ()
  %s = torch.aten.stack %outs, %int0 : !torch.list<vtensor>, !torch.int -> !torch.vtensor
  return %s : !torch.vtensor
}

// -----

// A run-time trip count: the loop stays.
// CHECK-LABEL: func.func @append_in_dynamic_loop(
// CHECK:         torch.prim.Loop
// CHECK:         torch.aten.append.t
func.func @append_in_dynamic_loop(%x: !torch.vtensor<[3,4],f32>, %n: !torch.int) -> !torch.list<vtensor> {
  %true = torch.constant.bool true
  %outs = torch.prim.ListConstruct  : () -> !torch.list<vtensor>
  torch.prim.Loop %n, %true, init() {
  ^bb0(%t: !torch.int):
    %0 = torch.aten.append.t %outs, %x : !torch.list<vtensor>, !torch.vtensor<[3,4],f32> -> !torch.list<vtensor>
    torch.prim.Loop.condition %true, iter()
  } : (!torch.int, !torch.bool) -> ()
  return %outs : !torch.list<vtensor>
}

// -----

// A list appended to at run time is not the list it was built as: a test of
// its length stays a run-time test.
// CHECK-LABEL: func.func @grown_list_length(
// CHECK:         torch.aten.len.t
// CHECK:         torch.prim.If
func.func @grown_list_length(%x: !torch.vtensor<[3,4],f32>, %n: !torch.int) -> !torch.vtensor {
  %true = torch.constant.bool true
  %int0 = torch.constant.int 0
  %outs = torch.prim.ListConstruct  : () -> !torch.list<vtensor>
  torch.prim.Loop %n, %true, init() {
  ^bb0(%t: !torch.int):
    %0 = torch.aten.append.t %outs, %x : !torch.list<vtensor>, !torch.vtensor<[3,4],f32> -> !torch.list<vtensor>
    torch.prim.Loop.condition %true, iter()
  } : (!torch.int, !torch.bool) -> ()
  %len = torch.aten.len.t %outs : !torch.list<vtensor> -> !torch.int
  %empty = torch.aten.eq.int %len, %int0 : !torch.int, !torch.int -> !torch.bool
  %1 = torch.prim.If %empty -> (!torch.vtensor) {
    %r = torch.aten.neg %x : !torch.vtensor<[3,4],f32> -> !torch.vtensor
    torch.prim.If.yield %r : !torch.vtensor
  } else {
    %r = torch.aten.relu %x : !torch.vtensor<[3,4],f32> -> !torch.vtensor
    torch.prim.If.yield %r : !torch.vtensor
  }
  return %1 : !torch.vtensor
}

// -----

// Chunks of a dynamic dim: their sizes vary with it (`?`), and a returned
// list of them stays a list (how many there are is known at run time only).
// CHECK-LABEL: func.func @chunk_dynamic_dim(
// CHECK:         torch.prim.ListUnpack %{{.*}} : !torch.list<vtensor> -> !torch.vtensor<[?,2],f32>, !torch.vtensor<[?,2],f32>
// CHECK:         %[[L:.*]] = torch.aten.chunk
// CHECK-NOT:     torch.prim.ListUnpack %[[L]]
// CHECK:         return %{{.*}}, %[[L]] : !torch.vtensor<[?,2],f32>, !torch.list<vtensor>
func.func @chunk_dynamic_dim(%x: !torch.vtensor<[?,2],f32>) -> (!torch.vtensor, !torch.list<vtensor>) {
  %int0 = torch.constant.int 0
  %int1 = torch.constant.int 1
  %int2 = torch.constant.int 2
  %int3 = torch.constant.int 3
  %0 = torch.aten.chunk %x, %int2, %int0 : !torch.vtensor<[?,2],f32>, !torch.int, !torch.int -> !torch.list<vtensor>
  %1:2 = torch.prim.ListUnpack %0 : !torch.list<vtensor> -> !torch.vtensor, !torch.vtensor
  %2 = torch.aten.add.Tensor %1#0, %1#0, %int1 : !torch.vtensor, !torch.vtensor, !torch.int -> !torch.vtensor
  %3 = torch.aten.chunk %x, %int3, %int0 : !torch.vtensor<[?,2],f32>, !torch.int, !torch.int -> !torch.list<vtensor>
  return %2, %3 : !torch.vtensor, !torch.list<vtensor>
}
