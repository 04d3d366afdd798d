// RUN: torch-mlir-opt %s -split-input-file -verify-diagnostics

func.func @wrong_key(%k: !torch.int, %v: !torch.float) -> !torch.dict<str, float> {
  // expected-error @below {{'torch.prim.DictConstruct' op key #0 of type '!torch.int' is not a valid key of '!torch.dict<str, float>'}}
  %0 = torch.prim.DictConstruct keys(%k : !torch.int) values(%v : !torch.float) -> !torch.dict<str, float>
  return %0 : !torch.dict<str, float>
}

// -----

func.func @wrong_value(%k: !torch.str, %v: !torch.int) -> !torch.dict<str, float> {
  // expected-error @below {{'torch.prim.DictConstruct' op value #0 of type '!torch.int' is not a valid value of '!torch.dict<str, float>'}}
  %0 = torch.prim.DictConstruct keys(%k : !torch.str) values(%v : !torch.int) -> !torch.dict<str, float>
  return %0 : !torch.dict<str, float>
}

// -----

func.func @unpaired(%k: !torch.str, %v: !torch.float) -> !torch.dict<str, float> {
  // expected-error @below {{'torch.prim.DictConstruct' op has 3 operands: needs as many values as keys}}
  %0 = "torch.prim.DictConstruct"(%k, %v, %v) : (!torch.str, !torch.float, !torch.float) -> !torch.dict<str, float>
  return %0 : !torch.dict<str, float>
}
