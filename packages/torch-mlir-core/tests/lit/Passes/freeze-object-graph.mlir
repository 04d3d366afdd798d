// RUN: torch-mlir-opt %s -split-input-file -torch-freeze-object-graph | FileCheck %s

// torch-freeze-object-graph turns a TorchScript object graph (classes,
// instances, methods reading attributes and calling methods) into plain
// functions: one public function per exported method of the root module.

// Attribute reads become copies of the attribute values; a slot more refined
// than its attribute is cast back to the attribute's type. Everything of the
// object graph is gone afterwards.
// CHECK-LABEL: func.func @forward(
// CHECK-SAME:      %[[X:.*]]: !torch.tensor) -> !torch.tensor {
// CHECK-NEXT:    %[[W:.*]] = torch.tensor.literal(dense<[1.000000e+00, 2.000000e+00, 3.000000e+00]> : tensor<3xf32>) : !torch.tensor<[3],f32>
// CHECK-NEXT:    %[[WCAST:.*]] = torch.tensor_static_info_cast %[[W]] : !torch.tensor<[3],f32> to !torch.tensor
// CHECK-NEXT:    %[[N:.*]] = torch.constant.int 3
// CHECK-NEXT:    %[[R:.*]] = torch.aten.add.Tensor %[[X]], %[[WCAST]], %[[N]] : !torch.tensor, !torch.tensor, !torch.int -> !torch.tensor
// CHECK-NEXT:    return %[[R]] : !torch.tensor
// CHECK-NEXT:  }
// CHECK-NOT:   torch.class_type
// CHECK-NOT:   torch.nn_module
// CHECK-NOT:   func.func
torch.class_type @__torch__.M {
  torch.attr "training" : !torch.bool
  torch.attr "w" : !torch.tensor
  torch.attr "n" : !torch.int
  torch.method "forward", @__torch__.M.forward
}
%true = torch.constant.bool true
%lit = torch.tensor.literal(dense<[1.0, 2.0, 3.0]> : tensor<3xf32>) : !torch.tensor<[3],f32>
%int3 = torch.constant.int 3
%m = torch.nn_module {
  torch.slot "training", %true : !torch.bool
  torch.slot "w", %lit : !torch.tensor<[3],f32>
  torch.slot "n", %int3 : !torch.int
} : !torch.nn.Module<"__torch__.M">
func.func private @__torch__.M.forward(%self: !torch.nn.Module<"__torch__.M">, %x: !torch.tensor) -> !torch.tensor {
  %w = torch.prim.GetAttr %self["w"] : !torch.nn.Module<"__torch__.M"> -> !torch.tensor
  %n = torch.prim.GetAttr %self["n"] : !torch.nn.Module<"__torch__.M"> -> !torch.int
  %0 = torch.aten.add.Tensor %x, %w, %n : !torch.tensor, !torch.tensor, !torch.int -> !torch.tensor
  return %0 : !torch.tensor
}

// -----

// A method call on a submodule inlines the submodule's method, whose own
// attribute reads resolve on the submodule; a free function (func.call of a
// private function) is inlined too.
// CHECK-LABEL: func.func @forward(
// CHECK-SAME:      %[[X:.*]]: !torch.tensor) -> !torch.tensor {
// CHECK-NEXT:    %[[LIT:.*]] = torch.tensor.literal(dense<2.000000e+00> : tensor<3xf32>) : !torch.tensor<[3],f32>
// CHECK-NEXT:    %[[W:.*]] = torch.tensor_static_info_cast %[[LIT]]
// CHECK-NEXT:    %[[M:.*]] = torch.aten.mul.Tensor %[[X]], %[[W]] : !torch.tensor, !torch.tensor -> !torch.tensor
// CHECK-NEXT:    return %[[M]] : !torch.tensor
// CHECK-NEXT:  }
// CHECK-NOT:   func.func
torch.class_type @__torch__.S {
  torch.attr "w" : !torch.tensor
  torch.method "forward", @__torch__.S.forward
}
torch.class_type @__torch__.M {
  torch.attr "sub" : !torch.nn.Module<"__torch__.S">
  torch.method "forward", @__torch__.M.forward
}
%lit = torch.tensor.literal(dense<2.0> : tensor<3xf32>) : !torch.tensor<[3],f32>
%s = torch.nn_module {
  torch.slot "w", %lit : !torch.tensor<[3],f32>
} : !torch.nn.Module<"__torch__.S">
%m = torch.nn_module {
  torch.slot "sub", %s : !torch.nn.Module<"__torch__.S">
} : !torch.nn.Module<"__torch__.M">
func.func private @__torch__.S.forward(%self: !torch.nn.Module<"__torch__.S">, %x: !torch.tensor) -> !torch.tensor {
  %w = torch.prim.GetAttr %self["w"] : !torch.nn.Module<"__torch__.S"> -> !torch.tensor
  %y = func.call @__torch__.scale(%x, %w) : (!torch.tensor, !torch.tensor) -> !torch.tensor
  return %y : !torch.tensor
}
func.func private @__torch__.M.forward(%self: !torch.nn.Module<"__torch__.M">, %x: !torch.tensor) -> !torch.tensor {
  %sub = torch.prim.GetAttr %self["sub"] : !torch.nn.Module<"__torch__.M"> -> !torch.nn.Module<"__torch__.S">
  %r = torch.prim.CallMethod %sub["forward"] (%x) : !torch.nn.Module<"__torch__.S">, (!torch.tensor) -> !torch.tensor
  return %r : !torch.tensor
}
func.func private @__torch__.scale(%a: !torch.tensor, %b: !torch.tensor) -> !torch.tensor {
  %0 = torch.aten.mul.Tensor %a, %b : !torch.tensor, !torch.tensor -> !torch.tensor
  return %0 : !torch.tensor
}

// -----

// Tied weights: one tensor held by two instances stays one tensor.
// CHECK-LABEL: func.func @forward(
// CHECK-SAME:      %[[X:.*]]: !torch.tensor) -> !torch.tensor {
// CHECK-NEXT:    %[[LIT:.*]] = torch.tensor.literal(dense<1.000000e+00> : tensor<2x2xf32>) : !torch.tensor<[2,2],f32>
// CHECK-NEXT:    %[[W:.*]] = torch.tensor_static_info_cast %[[LIT]]
// CHECK-NEXT:    %[[A:.*]] = torch.aten.mm %[[X]], %[[W]]
// CHECK-NEXT:    %[[B:.*]] = torch.aten.mm %[[A]], %[[W]]
// CHECK-NEXT:    return %[[B]]
// CHECK-NOT:   torch.tensor.literal
torch.class_type @__torch__.L {
  torch.attr "weight" : !torch.tensor
  torch.method "forward", @__torch__.L.forward
}
torch.class_type @__torch__.M {
  torch.attr "a" : !torch.nn.Module<"__torch__.L">
  torch.attr "b" : !torch.nn.Module<"__torch__.L">
  torch.method "forward", @__torch__.M.forward
}
%lit = torch.tensor.literal(dense<1.0> : tensor<2x2xf32>) : !torch.tensor<[2,2],f32>
%la = torch.nn_module {
  torch.slot "weight", %lit : !torch.tensor<[2,2],f32>
} : !torch.nn.Module<"__torch__.L">
%lb = torch.nn_module {
  torch.slot "weight", %lit : !torch.tensor<[2,2],f32>
} : !torch.nn.Module<"__torch__.L">
%m = torch.nn_module {
  torch.slot "a", %la : !torch.nn.Module<"__torch__.L">
  torch.slot "b", %lb : !torch.nn.Module<"__torch__.L">
} : !torch.nn.Module<"__torch__.M">
func.func private @__torch__.L.forward(%self: !torch.nn.Module<"__torch__.L">, %x: !torch.tensor) -> !torch.tensor {
  %w = torch.prim.GetAttr %self["weight"] : !torch.nn.Module<"__torch__.L"> -> !torch.tensor
  %0 = torch.aten.mm %x, %w : !torch.tensor, !torch.tensor -> !torch.tensor
  return %0 : !torch.tensor
}
func.func private @__torch__.M.forward(%self: !torch.nn.Module<"__torch__.M">, %x: !torch.tensor) -> !torch.tensor {
  %a = torch.prim.GetAttr %self["a"] : !torch.nn.Module<"__torch__.M"> -> !torch.nn.Module<"__torch__.L">
  %0 = torch.prim.CallMethod %a["forward"] (%x) : !torch.nn.Module<"__torch__.L">, (!torch.tensor) -> !torch.tensor
  %b = torch.prim.GetAttr %self["b"] : !torch.nn.Module<"__torch__.M"> -> !torch.nn.Module<"__torch__.L">
  %1 = torch.prim.CallMethod %b["forward"] (%0) : !torch.nn.Module<"__torch__.L">, (!torch.tensor) -> !torch.tensor
  return %1 : !torch.tensor
}

// -----

// Reads and calls inside prim.Loop and prim.If regions: the attribute values
// are materialized at the start of the function, where they dominate every
// read; the calls are inlined in place.
// CHECK-LABEL: func.func @forward(
// CHECK-SAME:      %[[X:.*]]: !torch.tensor, %[[C:.*]]: !torch.bool) -> !torch.tensor {
// CHECK-NEXT:    %[[N:.*]] = torch.constant.int 4
// CHECK-NEXT:    %[[LIT:.*]] = torch.tensor.literal(dense<3.000000e+00> : tensor<f32>) : !torch.tensor<[],f32>
// CHECK-NEXT:    %[[W:.*]] = torch.tensor_static_info_cast %[[LIT]]
// CHECK-NEXT:    %[[TRUE:.*]] = torch.constant.bool true
// CHECK-NEXT:    %[[L:.*]] = torch.prim.Loop %[[N]], %[[TRUE]], init(%[[X]]) {
// CHECK-NEXT:    ^bb0(%{{.*}}: !torch.int, %[[ACC:.*]]: !torch.tensor):
// CHECK-NEXT:      %[[I:.*]] = torch.prim.If %[[C]] -> (!torch.tensor) {
// CHECK-NEXT:        %[[M:.*]] = torch.aten.mul.Tensor %[[ACC]], %[[W]]
// CHECK-NEXT:        torch.prim.If.yield %[[M]] : !torch.tensor
// CHECK-NEXT:      } else {
// CHECK-NEXT:        torch.prim.If.yield %[[ACC]] : !torch.tensor
// CHECK-NEXT:      }
// CHECK-NEXT:      torch.prim.Loop.condition %[[TRUE]], iter(%[[I]] : !torch.tensor)
// CHECK-NEXT:    }
// CHECK-NEXT:    return %[[L]] : !torch.tensor
torch.class_type @__torch__.S {
  torch.attr "w" : !torch.tensor
  torch.method "forward", @__torch__.S.forward
}
torch.class_type @__torch__.M {
  torch.attr "n" : !torch.int
  torch.attr "sub" : !torch.nn.Module<"__torch__.S">
  torch.method "forward", @__torch__.M.forward
}
%lit = torch.tensor.literal(dense<3.0> : tensor<f32>) : !torch.tensor<[],f32>
%s = torch.nn_module {
  torch.slot "w", %lit : !torch.tensor<[],f32>
} : !torch.nn.Module<"__torch__.S">
%int4 = torch.constant.int 4
%m = torch.nn_module {
  torch.slot "n", %int4 : !torch.int
  torch.slot "sub", %s : !torch.nn.Module<"__torch__.S">
} : !torch.nn.Module<"__torch__.M">
func.func private @__torch__.S.forward(%self: !torch.nn.Module<"__torch__.S">, %x: !torch.tensor) -> !torch.tensor {
  %w = torch.prim.GetAttr %self["w"] : !torch.nn.Module<"__torch__.S"> -> !torch.tensor
  %0 = torch.aten.mul.Tensor %x, %w : !torch.tensor, !torch.tensor -> !torch.tensor
  return %0 : !torch.tensor
}
func.func private @__torch__.M.forward(%self: !torch.nn.Module<"__torch__.M">, %x: !torch.tensor, %c: !torch.bool) -> !torch.tensor {
  %true = torch.constant.bool true
  %n = torch.prim.GetAttr %self["n"] : !torch.nn.Module<"__torch__.M"> -> !torch.int
  %0 = torch.prim.Loop %n, %true, init(%x) {
  ^bb0(%i: !torch.int, %acc: !torch.tensor):
    %1 = torch.prim.If %c -> (!torch.tensor) {
      %sub = torch.prim.GetAttr %self["sub"] : !torch.nn.Module<"__torch__.M"> -> !torch.nn.Module<"__torch__.S">
      %2 = torch.prim.CallMethod %sub["forward"] (%acc) : !torch.nn.Module<"__torch__.S">, (!torch.tensor) -> !torch.tensor
      torch.prim.If.yield %2 : !torch.tensor
    } else {
      torch.prim.If.yield %acc : !torch.tensor
    }
    torch.prim.Loop.condition %true, iter(%1 : !torch.tensor)
  } : (!torch.int, !torch.bool, !torch.tensor) -> !torch.tensor
  return %0 : !torch.tensor
}

// -----

// Every non-private method of the root is exported, each with its own copies
// of the attribute values; a private method is only inlined where called.
// `torch.type_bound` becomes the argument's type, cast back for the body.
// CHECK-LABEL: func.func @forward(
// CHECK-SAME:      %[[X:.*]]: !torch.tensor<[2],f32>) -> !torch.tensor {
// CHECK-NEXT:    %[[XCAST:.*]] = torch.tensor_static_info_cast %[[X]] : !torch.tensor<[2],f32> to !torch.tensor
// CHECK-NEXT:    %[[N:.*]] = torch.constant.int 5
// CHECK-NEXT:    %[[R:.*]] = torch.aten.add.Scalar %[[XCAST]], %[[N]], %[[N]]
// CHECK-NEXT:    return %[[R]] : !torch.tensor
// CHECK-LABEL: func.func @scaled(
// CHECK-SAME:      %[[X:.*]]: !torch.tensor, %[[F:.*]]: !torch.int) -> !torch.tensor {
// CHECK-NEXT:    %[[N:.*]] = torch.constant.int 5
// CHECK-NEXT:    %[[M:.*]] = torch.aten.mul.Scalar %[[X]], %[[F]]
// CHECK-NEXT:    %[[R:.*]] = torch.aten.add.Scalar %[[M]], %[[N]], %[[N]]
// CHECK-NEXT:    return %[[R]] : !torch.tensor
// CHECK-NOT:   func.func
torch.class_type @__torch__.M {
  torch.attr "n" : !torch.int
  torch.method "forward", @__torch__.M.forward
  torch.method "scaled", @__torch__.M.scaled
  torch.method private "shift", @__torch__.M.shift
}
%int5 = torch.constant.int 5
%m = torch.nn_module {
  torch.slot "n", %int5 : !torch.int
} : !torch.nn.Module<"__torch__.M">
func.func private @__torch__.M.forward(%self: !torch.nn.Module<"__torch__.M">,
                                       %x: !torch.tensor {torch.type_bound = !torch.tensor<[2],f32>}) -> !torch.tensor {
  %0 = torch.prim.CallMethod %self["shift"] (%x) : !torch.nn.Module<"__torch__.M">, (!torch.tensor) -> !torch.tensor
  return %0 : !torch.tensor
}
func.func private @__torch__.M.scaled(%self: !torch.nn.Module<"__torch__.M">, %x: !torch.tensor, %f: !torch.int) -> !torch.tensor {
  %0 = torch.aten.mul.Scalar %x, %f : !torch.tensor, !torch.int -> !torch.tensor
  %1 = torch.prim.CallMethod %self["shift"] (%0) : !torch.nn.Module<"__torch__.M">, (!torch.tensor) -> !torch.tensor
  return %1 : !torch.tensor
}
func.func private @__torch__.M.shift(%self: !torch.nn.Module<"__torch__.M">, %x: !torch.tensor) -> !torch.tensor {
  %n = torch.prim.GetAttr %self["n"] : !torch.nn.Module<"__torch__.M"> -> !torch.int
  %0 = torch.aten.add.Scalar %x, %n, %n : !torch.tensor, !torch.int, !torch.int -> !torch.tensor
  return %0 : !torch.tensor
}

// -----

// A method may return a submodule: the call resolves to that instance.
// CHECK-LABEL: func.func @forward(
// CHECK-SAME:      %[[X:.*]]: !torch.int) -> !torch.int {
// CHECK-NEXT:    %[[K:.*]] = torch.constant.int 7
// CHECK-NEXT:    %[[R:.*]] = torch.aten.add.int %[[X]], %[[K]]
// CHECK-NEXT:    return %[[R]] : !torch.int
torch.class_type @__torch__.S {
  torch.attr "k" : !torch.int
}
torch.class_type @__torch__.M {
  torch.attr "sub" : !torch.nn.Module<"__torch__.S">
  torch.method "forward", @__torch__.M.forward
  torch.method private "pick", @__torch__.M.pick
}
%int7 = torch.constant.int 7
%s = torch.nn_module {
  torch.slot "k", %int7 : !torch.int
} : !torch.nn.Module<"__torch__.S">
%m = torch.nn_module {
  torch.slot "sub", %s : !torch.nn.Module<"__torch__.S">
} : !torch.nn.Module<"__torch__.M">
func.func private @__torch__.M.pick(%self: !torch.nn.Module<"__torch__.M">) -> !torch.nn.Module<"__torch__.S"> {
  %sub = torch.prim.GetAttr %self["sub"] : !torch.nn.Module<"__torch__.M"> -> !torch.nn.Module<"__torch__.S">
  return %sub : !torch.nn.Module<"__torch__.S">
}
func.func private @__torch__.M.forward(%self: !torch.nn.Module<"__torch__.M">, %x: !torch.int) -> !torch.int {
  %sub = torch.prim.CallMethod %self["pick"] () : !torch.nn.Module<"__torch__.M">, () -> !torch.nn.Module<"__torch__.S">
  %k = torch.prim.GetAttr %sub["k"] : !torch.nn.Module<"__torch__.S"> -> !torch.int
  %0 = torch.aten.add.int %x, %k : !torch.int, !torch.int -> !torch.int
  return %0 : !torch.int
}

// -----

// Without an object graph (an imported ScriptFunction), calls of private
// functions are inlined into the public ones, also in regions, and the
// functions no longer called are erased.
// CHECK-LABEL: func.func @script_function(
// CHECK-SAME:      %[[A:.*]]: !torch.int, %[[C:.*]]: !torch.bool) -> !torch.int {
// CHECK-NEXT:    %[[R:.*]] = torch.prim.If %[[C]] -> (!torch.int) {
// CHECK-NEXT:      %[[TWO:.*]] = torch.constant.int 2
// CHECK-NEXT:      %[[M:.*]] = torch.aten.mul.int %[[A]], %[[TWO]]
// CHECK-NEXT:      %[[S:.*]] = torch.aten.add.int %[[M]], %[[M]]
// CHECK-NEXT:      torch.prim.If.yield %[[S]] : !torch.int
// CHECK-NEXT:    } else {
// CHECK-NEXT:      torch.prim.If.yield %[[A]] : !torch.int
// CHECK-NEXT:    }
// CHECK-NEXT:    return %[[R]] : !torch.int
// CHECK-NOT:   func.func
func.func @script_function(%a: !torch.int, %c: !torch.bool) -> !torch.int {
  %0 = torch.prim.If %c -> (!torch.int) {
    %1 = func.call @__torch__.double_sum(%a) : (!torch.int) -> !torch.int
    torch.prim.If.yield %1 : !torch.int
  } else {
    torch.prim.If.yield %a : !torch.int
  }
  return %0 : !torch.int
}
func.func private @__torch__.double_sum(%a: !torch.int) -> !torch.int {
  %0 = func.call @__torch__.double(%a) : (!torch.int) -> !torch.int
  %1 = torch.aten.add.int %0, %0 : !torch.int, !torch.int -> !torch.int
  return %1 : !torch.int
}
func.func private @__torch__.double(%a: !torch.int) -> !torch.int {
  %int2 = torch.constant.int 2
  %0 = torch.aten.mul.int %a, %int2 : !torch.int, !torch.int -> !torch.int
  return %0 : !torch.int
}

// -----

// IR without any of this (the FX importer's) is left as it is.
// CHECK-LABEL: func.func @plain(
// CHECK-NEXT:    %[[W:.*]] = torch.vtensor.literal(dense<1.000000e+00> : tensor<2xf32>) : !torch.vtensor<[2],f32>
// CHECK-NEXT:    %[[R:.*]] = call @public_helper(%{{.*}}, %[[W]])
// CHECK-NEXT:    return %[[R]]
// CHECK-LABEL: func.func @public_helper(
// CHECK-LABEL: func.func private @unused(
func.func @plain(%x: !torch.vtensor<[2],f32>) -> !torch.vtensor<[2],f32> {
  %w = torch.vtensor.literal(dense<1.0> : tensor<2xf32>) : !torch.vtensor<[2],f32>
  %0 = func.call @public_helper(%x, %w) : (!torch.vtensor<[2],f32>, !torch.vtensor<[2],f32>) -> !torch.vtensor<[2],f32>
  return %0 : !torch.vtensor<[2],f32>
}
func.func @public_helper(%x: !torch.vtensor<[2],f32>, %w: !torch.vtensor<[2],f32>) -> !torch.vtensor<[2],f32> {
  %int1 = torch.constant.int 1
  %0 = torch.aten.add.Tensor %x, %w, %int1 : !torch.vtensor<[2],f32>, !torch.vtensor<[2],f32>, !torch.int -> !torch.vtensor<[2],f32>
  return %0 : !torch.vtensor<[2],f32>
}
func.func private @unused(%x: !torch.vtensor<[2],f32>) -> !torch.vtensor<[2],f32> {
  return %x : !torch.vtensor<[2],f32>
}
