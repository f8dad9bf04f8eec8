"""Issue 10: `ops.add(t, 2.0)` is a merge of a tensor and a number, which the merge's code of tensors wrote as `t`
alone (seen for `ops.maximum(t, 1e-7)`, exit 0, the floor lost; maximum and minimum of a number are clamps now:
maximum_of_epsilon); any other such merge was a named error. cn2: of add, subtract, multiply and divide it is the
catalog's NumberArith (`torch.add(t, 2.0)`), verified."""
# pivot-corpus: name=model input_shape=2,6 input_dtype=float32
import keras
from keras import layers, ops

inputs = keras.Input((6,))
a = layers.Dense(4)(inputs)
d = layers.Lambda(lambda t: ops.sqrt(ops.add(ops.square(t), 2.0)))(a)
model = keras.Model(inputs, d)
