// RUN: not torch-mlir-opt %s -split-input-file 2>&1 | FileCheck %s

// prim.If / prim.Loop regions that do not end in their terminator are
// reported (the verifiers used to call Block::getTerminator() and abort).

// CHECK: error: {{.*(terminator|must end with).*}}
func.func @if_region_without_yield(%c: !torch.bool, %a: !torch.int) {
  %0 = torch.prim.If %c -> (!torch.int) {
    %1 = torch.constant.int 1
  } else {
    torch.prim.If.yield %a : !torch.int
  }
  return
}

// -----

// CHECK: error: {{.*(terminator|must end with).*}}
func.func @loop_body_without_condition(%c: !torch.bool, %n: !torch.int) {
  torch.prim.Loop %n, %c, init() {
  ^bb0(%i: !torch.int):
    %1 = torch.constant.int 1
  } : (!torch.int, !torch.bool) -> ()
  return
}

// -----

// CHECK: error: {{.*(terminator|must end with).*}}
func.func @if_empty_block(%c: !torch.bool) {
  torch.prim.If %c {
  ^bb0:
  } else {
    torch.prim.If.yield
  }
  return
}

// -----

// CHECK: error: {{.*(terminator|must end with).*}}
func.func @loop_body_empty_block(%c: !torch.bool, %n: !torch.int) {
  torch.prim.Loop %n, %c, init() {
  ^bb0(%i: !torch.int):
  } : (!torch.int, !torch.bool) -> ()
  return
}
