// RUN: torch-mlir-opt %s -split-input-file -verify-diagnostics

func.func @if_yield_type(%c: !torch.bool, %a: !torch.int, %f: !torch.float) {
  %0 = torch.prim.If %c -> (!torch.int) {
    torch.prim.If.yield %a : !torch.int
  } else {
    // expected-error @+1 {{'torch.prim.If.yield' op yields types ('!torch.float') that differ from the torch.prim.If result types ('!torch.int')}}
    torch.prim.If.yield %f : !torch.float
  }
  return
}

// -----

func.func @if_yield_count(%c: !torch.bool, %a: !torch.int) {
  %0 = torch.prim.If %c -> (!torch.int) {
    torch.prim.If.yield %a : !torch.int
  } else {
    // expected-error @+1 {{'torch.prim.If.yield' op yields types () that differ from the torch.prim.If result types ('!torch.int')}}
    torch.prim.If.yield
  }
  return
}

// -----

func.func @if_region_arguments(%c: !torch.bool, %a: !torch.int) {
  // expected-error @+1 {{'torch.prim.If' op region #0 should have no arguments}}
  %0 = torch.prim.If %c -> (!torch.int) {
  ^bb0(%x: !torch.int):
    torch.prim.If.yield %a : !torch.int
  } else {
    torch.prim.If.yield %a : !torch.int
  }
  return
}

// -----

func.func @if_condition_not_bool(%c: !torch.int, %a: !torch.int) {
  // expected-error @+1 {{'torch.prim.If' op operand #0 must be Python bool, but got '!torch.int'}}
  %0 = "torch.prim.If"(%c) ({
    torch.prim.If.yield %a : !torch.int
  }, {
    torch.prim.If.yield %a : !torch.int
  }) : (!torch.int) -> !torch.int
  return
}

// -----

func.func @yield_outside_if(%a: !torch.int) {
  // expected-error @+1 {{'torch.prim.If.yield' op expects parent op 'torch.prim.If'}}
  torch.prim.If.yield %a : !torch.int
}

// -----

func.func @loop_body_without_index(%n: !torch.int, %c: !torch.bool, %a: !torch.int) {
  // expected-error @+1 {{'torch.prim.Loop' op body must take the iteration index (!torch.int) and the loop-carried values}}
  %0 = torch.prim.Loop %n, %c, init(%a) {
  ^bb0(%acc: !torch.int):
    torch.prim.Loop.condition %c, iter(%acc : !torch.int)
  } : (!torch.int, !torch.bool, !torch.int) -> !torch.int
  return
}

// -----

func.func @loop_body_carried_type(%n: !torch.int, %c: !torch.bool, %a: !torch.int) {
  // expected-error @+1 {{'torch.prim.Loop' op body must take the iteration index (!torch.int) and the loop-carried values}}
  %0 = torch.prim.Loop %n, %c, init(%a) {
  ^bb0(%i: !torch.int, %acc: !torch.float):
    torch.prim.Loop.condition %c, iter(%a : !torch.int)
  } : (!torch.int, !torch.bool, !torch.int) -> !torch.int
  return
}

// -----

func.func @loop_body_index_type(%n: !torch.int, %c: !torch.bool) {
  // expected-error @+1 {{'torch.prim.Loop' op body must take the iteration index (!torch.int) and the loop-carried values}}
  torch.prim.Loop %n, %c, init() {
  ^bb0(%i: !torch.float):
    torch.prim.Loop.condition %c, iter()
  } : (!torch.int, !torch.bool) -> ()
  return
}

// -----

func.func @loop_result_types(%n: !torch.int, %c: !torch.bool, %a: !torch.int) {
  // expected-error @+1 {{'torch.prim.Loop' op result types must equal the loop-carried types}}
  %0 = torch.prim.Loop %n, %c, init(%a) {
  ^bb0(%i: !torch.int, %acc: !torch.int):
    torch.prim.Loop.condition %c, iter(%acc : !torch.int)
  } : (!torch.int, !torch.bool, !torch.int) -> !torch.float
  return
}

// -----

func.func @loop_condition_iter_types(%n: !torch.int, %c: !torch.bool, %a: !torch.int,
                                     %f: !torch.float) {
  %0 = torch.prim.Loop %n, %c, init(%a) {
  ^bb0(%i: !torch.int, %acc: !torch.int):
    // expected-error @+1 {{'torch.prim.Loop.condition' op iter values must have the loop-carried types}}
    torch.prim.Loop.condition %c, iter(%f : !torch.float)
  } : (!torch.int, !torch.bool, !torch.int) -> !torch.int
  return
}
