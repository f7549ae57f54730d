package dev.ipmi.core.internal;

import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * The immutable sets of a small enum (at most 8 constants) that a wire bit field can express,
 * built once per enum: a decoder turns a flag byte into a {@code Set<E>} by array lookup, with
 * no allocation and no {@code values()} clone per packet. Constant {@code i} is bit {@code i}.
 *
 * <p>The sets are unmodifiable, reject {@code null} like {@link Set#of()}, and compare equal
 * to any other {@code Set} with the same elements ({@link AbstractSet} contract), e.g. an
 * {@link java.util.EnumSet}.
 *
 * @param <E> the enum
 */
public final class EnumBits<E extends Enum<E>> {
    private static final int MAX_CONSTANTS = 8;

    private final Class<E> type;
    private final E[] constants;
    private final Set<E>[] sets;

    @SuppressWarnings({"unchecked", "rawtypes"})
    public EnumBits(Class<E> type) {
        this.type = type;
        this.constants = type.getEnumConstants();
        if (constants.length > MAX_CONSTANTS) {
            throw new IllegalArgumentException(type.getSimpleName() + " has more than " + MAX_CONSTANTS + " constants");
        }
        this.sets = new Set[1 << constants.length];
        for (int bits = 0; bits < sets.length; bits++) {
            sets[bits] = new Flags(bits);
        }
    }

    /** The set of the constants whose bits are set in {@code bits}; other bits are ignored. */
    public Set<E> of(int bits) {
        return sets[bits & sets.length - 1];
    }

    /**
     * The shared immutable set with the elements of {@code elements}, like {@link Set#copyOf}.
     *
     * @throws NullPointerException if {@code elements} or one of them is null
     */
    public Set<E> copyOf(Collection<E> elements) {
        return sets[bits(elements)];
    }

    /** The bit field of a set of these constants. */
    public int bits(Collection<E> elements) {
        if (elements instanceof EnumBits<?>.Flags f && f.owner() == this) {
            return f.bits;
        }
        int bits = 0;
        for (E e : elements) {
            bits |= 1 << Objects.requireNonNull(e, "element").ordinal();
        }
        return bits;
    }

    private final class Flags extends AbstractSet<E> {
        final int bits;

        Flags(int bits) {
            this.bits = bits;
        }

        EnumBits<E> owner() {
            return EnumBits.this;
        }

        @Override
        public int size() {
            return Integer.bitCount(bits);
        }

        @Override
        public boolean contains(Object o) {
            Objects.requireNonNull(o, "element");
            return type.isInstance(o) && (bits & 1 << type.cast(o).ordinal()) != 0;
        }

        @Override
        public Iterator<E> iterator() {
            return new Iterator<>() {
                private int left = bits;

                @Override
                public boolean hasNext() {
                    return left != 0;
                }

                @Override
                public E next() {
                    if (left == 0) {
                        throw new NoSuchElementException();
                    }
                    int i = Integer.numberOfTrailingZeros(left);
                    left &= left - 1;
                    return constants[i];
                }
            };
        }

        @Override
        public int hashCode() {
            int h = 0;
            for (int left = bits; left != 0; left &= left - 1) {
                h += constants[Integer.numberOfTrailingZeros(left)].hashCode();
            }
            return h;
        }
    }
}
