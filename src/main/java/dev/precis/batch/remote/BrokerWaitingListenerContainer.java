package dev.precis.batch.remote;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jms.listener.DefaultMessageListenerContainer;
import org.springframework.jms.support.JmsUtils;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;

/**
 * A worker's listener container, which waits for the broker quietly. Spring's container logs an
 * ERROR at every failed reconnect and a WARN per consumer when the broker goes away (a manager's
 * embedded broker ends with its night): an idle worker filled its log with them. Here an outage is
 * one line when it starts and one when the broker answers again; the retries in between follow
 * {@code backOff} (capped at a few seconds, so queued partitions do not wait long for a worker).
 */
class BrokerWaitingListenerContainer extends DefaultMessageListenerContainer {

    private static final Logger log = LoggerFactory.getLogger(BrokerWaitingListenerContainer.class);

    private final BackOff backOff;
    private final String broker;

    BrokerWaitingListenerContainer(BackOff backOff, String broker) {
        this.backOff = backOff;
        this.broker = broker;
        setBackOff(backOff);
    }

    @Override
    protected void handleListenerSetupFailure(Throwable ex, boolean alreadyRecovered) {
        if (ex instanceof JMSException) {
            // the broker is away: refreshConnectionUntilSuccessful says so, once
            log.debug("Listener setup failed on queue {}: {}", getDestinationDescription(), ex.toString());
            return;
        }
        super.handleListenerSetupFailure(ex, alreadyRecovered);
    }

    @Override
    protected void refreshConnectionUntilSuccessful() {
        BackOffExecution execution = backOff.start();
        boolean said = false;
        while (isRunning()) {
            try {
                if (sharedConnectionEnabled()) {
                    refreshSharedConnection();
                } else {
                    Connection connection = createConnection();
                    JmsUtils.closeConnection(connection);
                }
                if (said) {
                    log.info("Broker {} answers again: taking partitions from queue {}", broker, getDestinationDescription());
                }
                return;
            } catch (Exception e) {
                if (!said) {
                    said = true;
                    log.info("Broker {} does not answer ({}): waiting for it", broker, firstLine(e));
                } else {
                    log.debug("Broker {} still does not answer: {}", broker, e.toString());
                }
                if (!applyBackOffTime(execution)) {
                    log.error("Stopped waiting for broker {}: the back-off allows no more attempts", broker);
                    stop();
                }
            }
        }
    }

    private static String firstLine(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse("");
    }
}
