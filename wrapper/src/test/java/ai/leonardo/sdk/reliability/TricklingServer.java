package ai.leonardo.sdk.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP server that answers every request with 200 and headers at once, then one byte of body per
 * interval, forever: a read timeout longer than the interval never fires, so only a whole-call
 * timeout can end the call. (WireMock's chunked dribble is buffered by its server and cannot show it.)
 */
final class TricklingServer implements AutoCloseable {
    private final ServerSocket server;
    private final AtomicInteger requests = new AtomicInteger();

    TricklingServer(Duration interval) throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket socket = server.accept();
                    Thread connection = new Thread(() -> trickle(socket, interval), "trickling-connection");
                    connection.setDaemon(true);
                    connection.start();
                } catch (IOException closed) {
                    return;
                }
            }
        }, "trickling-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void trickle(Socket socket, Duration interval) {
        try (socket) {
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                // skip the request head
            }
            requests.incrementAndGet();
            OutputStream out = socket.getOutputStream();
            out.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000000\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            while (true) {
                out.write(' ');
                out.flush();
                Thread.sleep(interval.toMillis());
            }
        } catch (IOException | InterruptedException clientGone) {
            // the client gave up: what the test waits for
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getLocalPort() + "/api/rest/v1";
    }

    int requests() {
        return requests.get();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
