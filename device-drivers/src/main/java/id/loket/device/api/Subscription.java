package id.loket.device.api;

/** A registered listener; {@link #close()} removes it. Closing twice does nothing. */
@FunctionalInterface
public interface Subscription extends AutoCloseable {

    @Override
    void close();
}
