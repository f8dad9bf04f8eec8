"""tensorflow.org "pix2pix": downsample/upsample helpers that return tf.keras.Sequential (Conv2D with
tf.random_normal_initializer, BatchNormalization, LeakyReLU / Conv2DTranspose, Dropout, ReLU), a U-Net Generator
built functionally with skip connections through layers.Concatenate (shrunk to 64x64 and 4 levels)."""
# pivot-corpus: name=Generator input_shape=2,64,64,3
import tensorflow as tf

OUTPUT_CHANNELS = 3


def downsample(filters, size, apply_batchnorm=True):
    initializer = tf.random_normal_initializer(0., 0.02)

    result = tf.keras.Sequential()
    result.add(
        tf.keras.layers.Conv2D(filters, size, strides=2, padding='same',
                               kernel_initializer=initializer, use_bias=False))

    if apply_batchnorm:
        result.add(tf.keras.layers.BatchNormalization())

    result.add(tf.keras.layers.LeakyReLU())

    return result


def upsample(filters, size, apply_dropout=False):
    initializer = tf.random_normal_initializer(0., 0.02)

    result = tf.keras.Sequential()
    result.add(
        tf.keras.layers.Conv2DTranspose(filters, size, strides=2,
                                        padding='same',
                                        kernel_initializer=initializer,
                                        use_bias=False))

    result.add(tf.keras.layers.BatchNormalization())

    if apply_dropout:
        result.add(tf.keras.layers.Dropout(0.5))

    result.add(tf.keras.layers.ReLU())

    return result


def Generator():
    inputs = tf.keras.layers.Input(shape=[64, 64, 3])

    down_stack = [
        downsample(16, 4, apply_batchnorm=False),  # (batch_size, 32, 32, 16)
        downsample(32, 4),  # (batch_size, 16, 16, 32)
        downsample(64, 4),  # (batch_size, 8, 8, 64)
        downsample(64, 4),  # (batch_size, 4, 4, 64)
    ]

    up_stack = [
        upsample(64, 4, apply_dropout=True),  # (batch_size, 8, 8, 128)
        upsample(32, 4),  # (batch_size, 16, 16, 64)
        upsample(16, 4),  # (batch_size, 32, 32, 32)
    ]

    initializer = tf.random_normal_initializer(0., 0.02)
    last = tf.keras.layers.Conv2DTranspose(OUTPUT_CHANNELS, 4,
                                           strides=2,
                                           padding='same',
                                           kernel_initializer=initializer,
                                           activation='tanh')  # (batch_size, 64, 64, 3)

    x = inputs

    # Downsampling through the model
    skips = []
    for down in down_stack:
        x = down(x)
        skips.append(x)

    skips = reversed(skips[:-1])

    # Upsampling and establishing the skip connections
    for up, skip in zip(up_stack, skips):
        x = up(x)
        x = tf.keras.layers.Concatenate()([x, skip])

    x = last(x)

    return tf.keras.Model(inputs=inputs, outputs=x)


generator = Generator()
