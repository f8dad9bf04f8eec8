"""Hands-On ML ch. 12 "Custom Activation Functions, Initializers, Regularizers, and Constraints": my_softplus
written with tf.math.log / tf.exp, a glorot initializer function, an l1 regularizer function and a
positive-weights constraint with tf.where, all passed to a Dense layer in a Sequential."""
# pivot-corpus: name=model input_shape=4,8
import tensorflow as tf
from tensorflow import keras


def my_softplus(z):
    return tf.math.log(tf.exp(z) + 1.0)


def my_glorot_initializer(shape, dtype=tf.float32):
    stddev = tf.sqrt(2. / (shape[0] + shape[1]))
    return tf.random.normal(shape, stddev=stddev, dtype=dtype)


def my_l1_regularizer(weights):
    return tf.reduce_sum(tf.abs(0.01 * weights))


def my_positive_weights(weights):
    return tf.where(weights < 0., tf.zeros_like(weights), weights)


model = keras.models.Sequential([
    keras.layers.Dense(30, activation="selu", kernel_initializer="lecun_normal", input_shape=[8]),
    keras.layers.Dense(1, activation=my_softplus,
                       kernel_initializer=my_glorot_initializer,
                       kernel_regularizer=my_l1_regularizer,
                       kernel_constraint=my_positive_weights),
])
