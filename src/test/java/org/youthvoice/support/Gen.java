package org.youthvoice.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A generator of test inputs: a function from a seeded {@link Random} to a value, and the few combinators the
 * robustness tests use. The same seed gives the same values; there is no shrinking. Any lambda {@code random -> …}
 * is a generator, which is how a value made of more parts than {@link #combine} takes is drawn.
 */
@FunctionalInterface
public interface Gen<T> {

    /** The seed of every draw, unless -Drobustness.seed=… asks for another run. */
    long SEED = Long.getLong("robustness.seed", 20_261_123L);

    /** How often a generator draws again before {@link #filter} gives up. */
    int TRIES = 10_000;

    /** The next value, drawn with {@code random}. */
    T next(Random random);

    /** {@code count} values drawn from a {@link Random} of the given seed: the same seed, the same values. */
    default List<T> sample(int count, long seed) {
        Random random = new Random(seed);
        List<T> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            try {
                values.add(next(random));
            } catch (RuntimeException e) {
                throw new IllegalStateException("drawing value " + (i + 1) + " of " + count + " under seed " + seed
                        + " (rerun with -Drobustness.seed=" + SEED + ") failed: " + e.getMessage(), e);
            }
        }
        return values;
    }

    /** This generator's values passed through {@code f}. */
    default <R> Gen<R> map(Function<? super T, ? extends R> f) {
        return random -> f.apply(next(random));
    }

    /** The values of the generator {@code f} makes of each of this generator's values. */
    default <R> Gen<R> flatMap(Function<? super T, ? extends Gen<? extends R>> f) {
        return random -> f.apply(next(random)).next(random);
    }

    /** This generator's values that pass {@code keep}, drawn again until one does (failing after {@link #TRIES}). */
    default Gen<T> filter(Predicate<? super T> keep) {
        return random -> {
            for (int i = 0; i < TRIES; i++) {
                T value = next(random);
                if (keep.test(value)) {
                    return value;
                }
            }
            throw new IllegalStateException("no value passed the filter in " + TRIES + " draws");
        };
    }

    /** Null with the given probability, this generator's values otherwise. */
    default Gen<T> injectNull(double probability) {
        return random -> random.nextDouble() < probability ? null : next(random);
    }

    /** Lists of {@code min} to {@code max} of this generator's values. */
    default Gen<List<T>> list(int min, int max) {
        Gen<Integer> sizes = integers(min, max);
        return random -> {
            int size = sizes.next(random);
            List<T> values = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                values.add(next(random));
            }
            return values;
        };
    }

    /** Always {@code value}. */
    static <T> Gen<T> just(T value) {
        return random -> value;
    }

    /** One of the given values, each as likely (null among them is allowed). */
    @SafeVarargs
    static <T> Gen<T> of(T... values) {
        return of(Arrays.asList(values));
    }

    /** One of the given values, each as likely. */
    static <T> Gen<T> of(Collection<? extends T> values) {
        List<T> list = new ArrayList<>(values);
        if (list.isEmpty()) {
            throw new IllegalArgumentException("no values to choose from");
        }
        return random -> list.get(random.nextInt(list.size()));
    }

    /** The values of one of the given generators, each generator as likely. */
    @SafeVarargs
    static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
        return oneOf(Arrays.asList(gens));
    }

    /** The values of one of the given generators, each generator as likely. */
    static <T> Gen<T> oneOf(List<? extends Gen<? extends T>> gens) {
        Gen<? extends Gen<? extends T>> which = of(gens);
        return random -> which.next(random).next(random);
    }

    /** Integers from {@code min} to {@code max} inclusive, uniformly, but each bound one time in twenty. */
    static Gen<Integer> integers(int min, int max) {
        if (min > max) {
            throw new IllegalArgumentException("no integers between " + min + " and " + max);
        }
        return random -> switch (random.nextInt(20)) {
            case 0 -> min;
            case 1 -> max;
            default -> (int) random.nextLong(min, max + 1L);
        };
    }

    /** Characters from {@code first} to {@code last} inclusive, lone surrogates included when the range has them. */
    static Gen<Character> chars(char first, char last) {
        return integers(first, last).map(c -> (char) c.intValue());
    }

    /** One of the characters of {@code chars}. */
    static Gen<Character> charsOf(String chars) {
        return integers(0, chars.length() - 1).map(chars::charAt);
    }

    /** Strings of {@code min} to {@code max} chars, each drawn from {@code chars}. */
    static Gen<String> strings(Gen<Character> chars, int min, int max) {
        return chars.list(min, max).map(cs -> {
            StringBuilder out = new StringBuilder(cs.size());
            cs.forEach(out::append);
            return out.toString();
        });
    }

    /** Arrays of {@code min} to {@code max} random bytes. */
    static Gen<byte[]> bytes(int min, int max) {
        Gen<Integer> sizes = integers(min, max);
        return random -> {
            byte[] bytes = new byte[sizes.next(random)];
            random.nextBytes(bytes);
            return bytes;
        };
    }

    /** Subsets of at most {@code max} of the given distinct values, in random order. */
    @SafeVarargs
    static <T> Gen<List<T>> subsets(int max, T... values) {
        Gen<Integer> sizes = integers(0, Math.min(max, values.length));
        return random -> {
            List<T> shuffled = new ArrayList<>(Arrays.asList(values));
            Collections.shuffle(shuffled, random);
            return List.copyOf(shuffled.subList(0, sizes.next(random)));
        };
    }

    /** {@code f} of a value from each of two generators. */
    static <A, B, R> Gen<R> combine(Gen<A> a, Gen<B> b, BiFunction<? super A, ? super B, ? extends R> f) {
        return random -> f.apply(a.next(random), b.next(random));
    }

    /** {@code f} of a value from each of three generators. */
    static <A, B, C, R> Gen<R> combine(Gen<A> a, Gen<B> b, Gen<C> c, F3<A, B, C, R> f) {
        return random -> f.apply(a.next(random), b.next(random), c.next(random));
    }

    /** {@code f} of a value from each of four generators. */
    static <A, B, C, D, R> Gen<R> combine(Gen<A> a, Gen<B> b, Gen<C> c, Gen<D> d, F4<A, B, C, D, R> f) {
        return random -> f.apply(a.next(random), b.next(random), c.next(random), d.next(random));
    }

    /** {@code f} of a value from each of five generators. */
    static <A, B, C, D, E, R> Gen<R> combine(Gen<A> a, Gen<B> b, Gen<C> c, Gen<D> d, Gen<E> e, F5<A, B, C, D, E, R> f) {
        return random -> f.apply(a.next(random), b.next(random), c.next(random), d.next(random), e.next(random));
    }

    /** A function of three values. */
    interface F3<A, B, C, R> {
        R apply(A a, B b, C c);
    }

    /** A function of four values. */
    interface F4<A, B, C, D, R> {
        R apply(A a, B b, C c, D d);
    }

    /** A function of five values. */
    interface F5<A, B, C, D, E, R> {
        R apply(A a, B b, C c, D d, E e);
    }
}
