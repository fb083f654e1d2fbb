// The translation unit that precompiles <torch/torch.h> (cmake/BuildSpeed.cmake); nothing else.
