// RUN: torch-mlir-opt %s | torch-mlir-opt | FileCheck %s

// The TorchScript object graph: classes, instances and the ops on them
// round-trip through the printer and the parser.

// CHECK-LABEL: torch.class_type @__torch__.S {
// CHECK-NEXT:    torch.attr "training" : !torch.bool
// CHECK-NEXT:    torch.attr private "w" : !torch.tensor
// CHECK-NEXT:    torch.method "forward", @__torch__.S.forward
// CHECK-NEXT:  }
torch.class_type @__torch__.S {
  torch.attr "training" : !torch.bool
  torch.attr private "w" : !torch.tensor
  torch.method "forward", @__torch__.S.forward
}

// CHECK-LABEL: torch.class_type @__torch__.M {
// CHECK-NEXT:    torch.attr "sub" : !torch.nn.Module<"__torch__.S">
// CHECK-NEXT:    torch.attr "n" : !torch.int
// CHECK-NEXT:    torch.attr "t" : !torch.tensor
// CHECK-NEXT:    torch.method "forward", @__torch__.M.forward
// CHECK-NEXT:    torch.method private "helper", @__torch__.M.helper
// CHECK-NEXT:  }
torch.class_type @__torch__.M {
  torch.attr "sub" : !torch.nn.Module<"__torch__.S">
  torch.attr "n" : !torch.int
  torch.attr "t" : !torch.tensor
  torch.method "forward", @__torch__.M.forward
  torch.method private "helper", @__torch__.M.helper
}

// An empty class and an instance of it.
// CHECK-LABEL: torch.class_type @__torch__.Empty {
// CHECK-NEXT:  }
torch.class_type @__torch__.Empty {
}

// CHECK:       %[[TRUE:.*]] = torch.constant.bool true
// CHECK:       %[[W:.*]] = torch.tensor.literal(dense<1.000000e+00> : tensor<3xf32>) : !torch.tensor<[3],f32>
// CHECK:       %[[S:.*]] = torch.nn_module {
// CHECK-NEXT:    torch.slot "training", %[[TRUE]] : !torch.bool
// CHECK-NEXT:    torch.slot "w", %[[W]] : !torch.tensor<[3],f32>
// CHECK-NEXT:  } : !torch.nn.Module<"__torch__.S">
// CHECK:       %[[INT3:.*]] = torch.constant.int 3
// CHECK:       %[[M:.*]] = torch.nn_module {
// CHECK-NEXT:    torch.slot "sub", %[[S]] : !torch.nn.Module<"__torch__.S">
// CHECK-NEXT:    torch.slot "n", %[[INT3]] : !torch.int
// CHECK-NEXT:    torch.slot "t", %[[W]] : !torch.tensor<[3],f32>
// CHECK-NEXT:  } : !torch.nn.Module<"__torch__.M">
// CHECK:       torch.nn_module {
// CHECK-NEXT:  } : !torch.nn.Module<"__torch__.Empty">
%true = torch.constant.bool true
%w = torch.tensor.literal(dense<1.0> : tensor<3xf32>) : !torch.tensor<[3],f32>
%s = torch.nn_module {
  torch.slot "training", %true : !torch.bool
  torch.slot "w", %w : !torch.tensor<[3],f32>
} : !torch.nn.Module<"__torch__.S">
%int3 = torch.constant.int 3
%m = torch.nn_module {
  torch.slot "sub", %s : !torch.nn.Module<"__torch__.S">
  torch.slot "n", %int3 : !torch.int
  torch.slot "t", %w : !torch.tensor<[3],f32>
} : !torch.nn.Module<"__torch__.M">
%e = torch.nn_module {
} : !torch.nn.Module<"__torch__.Empty">

// CHECK-LABEL: func.func private @__torch__.S.forward(
// CHECK-SAME:      %[[SELF:.*]]: !torch.nn.Module<"__torch__.S">, %[[X:.*]]: !torch.tensor) -> !torch.tensor
// CHECK-NEXT:    %[[W2:.*]] = torch.prim.GetAttr %[[SELF]]["w"] : !torch.nn.Module<"__torch__.S"> -> !torch.tensor
// CHECK-NEXT:    return %[[W2]] : !torch.tensor
func.func private @__torch__.S.forward(%self: !torch.nn.Module<"__torch__.S">, %x: !torch.tensor) -> !torch.tensor {
  %0 = torch.prim.GetAttr %self["w"] : !torch.nn.Module<"__torch__.S"> -> !torch.tensor
  return %0 : !torch.tensor
}

// CHECK-LABEL: func.func private @__torch__.M.forward(
// CHECK-SAME:      %[[SELF:.*]]: !torch.nn.Module<"__torch__.M">, %[[X:.*]]: !torch.tensor {torch.type_bound = !torch.tensor<[3],f32>}) -> !torch.tensor
// CHECK-NEXT:    %[[SUB:.*]] = torch.prim.GetAttr %[[SELF]]["sub"] : !torch.nn.Module<"__torch__.M"> -> !torch.nn.Module<"__torch__.S">
// CHECK-NEXT:    %[[R:.*]] = torch.prim.CallMethod %[[SUB]]["forward"] (%[[X]]) : !torch.nn.Module<"__torch__.S">, (!torch.tensor) -> !torch.tensor
// CHECK-NEXT:    %[[N:.*]] = torch.prim.GetAttr %[[SELF]]["n"] : !torch.nn.Module<"__torch__.M"> -> !torch.int
// CHECK-NEXT:    torch.prim.SetAttr %[[SELF]]["n"] = %[[N]] : !torch.nn.Module<"__torch__.M">, !torch.int
// CHECK-NEXT:    torch.prim.SetAttr %[[SELF]]["t"] = %[[X]] : !torch.nn.Module<"__torch__.M">, !torch.tensor
// CHECK-NEXT:    torch.prim.CallMethod %[[SELF]]["helper"] () : !torch.nn.Module<"__torch__.M">, () -> ()
// CHECK-NEXT:    return %[[R]] : !torch.tensor
func.func private @__torch__.M.forward(%self: !torch.nn.Module<"__torch__.M">,
                                       %x: !torch.tensor {torch.type_bound = !torch.tensor<[3],f32>}) -> !torch.tensor {
  %sub = torch.prim.GetAttr %self["sub"] : !torch.nn.Module<"__torch__.M"> -> !torch.nn.Module<"__torch__.S">
  %r = torch.prim.CallMethod %sub["forward"] (%x) : !torch.nn.Module<"__torch__.S">, (!torch.tensor) -> !torch.tensor
  %n = torch.prim.GetAttr %self["n"] : !torch.nn.Module<"__torch__.M"> -> !torch.int
  torch.prim.SetAttr %self["n"] = %n : !torch.nn.Module<"__torch__.M">, !torch.int
  torch.prim.SetAttr %self["t"] = %x : !torch.nn.Module<"__torch__.M">, !torch.tensor
  torch.prim.CallMethod %self["helper"] () : !torch.nn.Module<"__torch__.M">, () -> ()
  return %r : !torch.tensor
}

// CHECK-LABEL: func.func private @__torch__.M.helper(
// CHECK-SAME:      %{{.*}}: !torch.nn.Module<"__torch__.M">)
func.func private @__torch__.M.helper(%self: !torch.nn.Module<"__torch__.M">) {
  return
}
