using System.Numerics.Tensors;

namespace Minutes.Search.Embeddings;

/// <summary>Vectors are kept at unit length, so their cosine similarity is a dot product.</summary>
internal static class VectorMath
{
    /// <summary>A unit-length copy; a zero vector (or one with NaN) is refused as unusable.</summary>
    public static float[] Normalised(ReadOnlySpan<float> vector)
    {
        var norm = TensorPrimitives.Norm(vector);
        if (vector.Length == 0 || !(norm > 0) || float.IsInfinity(norm))
        {
            throw new InvalidDataException("the embedding server returned an empty or zero vector");
        }

        var unit = new float[vector.Length];
        TensorPrimitives.Divide(vector, norm, unit);
        return unit;
    }

    /// <summary>Cosine similarity of two unit-length vectors.</summary>
    public static float Cosine(float[] a, float[] b) => TensorPrimitives.Dot(a, b);
}
