package de.typwerk.bench;

/** Does nothing: the bare JVM start that {@code run.sh} sets the cold start of {@code typwerk score} against. */
public final class EmptyMain {

    public static void main(String[] args) {
        // nothing: the point is the JVM's own start and exit
    }

    private EmptyMain() {
    }
}
