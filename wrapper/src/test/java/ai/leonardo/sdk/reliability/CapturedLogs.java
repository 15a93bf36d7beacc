package ai.leonardo.sdk.reliability;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Turns every SDK logger ({@code ai.leonardo}) up to TRACE and captures each event as text: the
 * formatted message and any attached stack trace. Restores the configured level on close.
 */
public final class CapturedLogs implements AutoCloseable {
    private final Logger logger;
    private final Level previous;
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    /** Starts capturing. */
    public CapturedLogs() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        logger = context.getLogger("ai.leonardo");
        previous = logger.getLevel();
        appender.setContext(context);
        appender.start();
        logger.addAppender(appender);
        logger.setLevel(Level.TRACE);
        logger.setAdditive(false); // captured, not also printed to the build log
    }

    /** @return every captured event as the text a log file would hold */
    public List<String> lines() {
        return appender.list.stream().map(event -> event.getLoggerName() + " " + event.getFormattedMessage()
                + (event.getThrowableProxy() == null ? "" : "\n" + ThrowableProxyUtil.asString(event.getThrowableProxy())))
                .toList();
    }

    @Override
    public void close() {
        logger.setLevel(previous);
        logger.setAdditive(true);
        logger.detachAppender(appender);
        appender.stop();
    }
}
