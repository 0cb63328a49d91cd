package se.digitalimpactnorth.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.management.Attribute;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * A TCP proxy on 127.0.0.1 in front of the tests' OpenSearch, which a test opens and closes to make
 * OpenSearch unreachable for the application and reachable again, without stopping the shared
 * cluster. Closed, it refuses new connections and cuts the open ones (a pooled keep-alive
 * connection must not keep working). It keeps its port across close and open.
 *
 * <p>The test profile starts it before the application (the application's config points at it) and
 * the test controls it. The two may be loaded by different class loaders (Quarkus loads tests in
 * its own), so the one instance is registered as an MBean of the JVM and reached through the
 * platform MBean server, which needs no shared class (a system property may only hold strings:
 * other values break libraries that read them all). See {@link #startShared()} and {@link #shared(boolean)}.
 */
public final class TcpProxy implements TcpProxyMBean {

    private static final String NAME = "se.digitalimpactnorth.test:type=SearchProxy";

    private final String upstreamHost;
    private final int upstreamPort;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket server;
    private int port;

    private TcpProxy(String upstreamHost, int upstreamPort) {
        this.upstreamHost = upstreamHost;
        this.upstreamPort = upstreamPort;
    }

    /** The OpenSearch the tests use: DIN_SEARCH_URL, by default the shared one on 127.0.0.1:9250. */
    static URI upstream() {
        String url = System.getenv("DIN_SEARCH_URL");
        return URI.create(url == null || url.isBlank() ? "http://127.0.0.1:9250" : url.trim());
    }

    /** Starts the one proxy of this JVM (open) if it is not running yet; its port. */
    static synchronized int startShared() {
        try {
            MBeanServer mbeans = ManagementFactory.getPlatformMBeanServer();
            ObjectName name = new ObjectName(NAME);
            if (!mbeans.isRegistered(name)) {
                URI upstream = upstream();
                TcpProxy proxy = new TcpProxy(upstream.getHost(), upstream.getPort() < 0 ? 9200 : upstream.getPort());
                proxy.setOpen(true);
                mbeans.registerMBean(proxy, name);
            }
            return (Integer) mbeans.getAttribute(name, "Port");
        } catch (JMException e) {
            throw new IllegalStateException("could not start the search proxy", e);
        }
    }

    /** Opens (true) or closes (false) the proxy started by {@link #startShared()}, whichever class loader started it. */
    static void shared(boolean open) {
        try {
            ManagementFactory.getPlatformMBeanServer().setAttribute(new ObjectName(NAME), new Attribute("Open", open));
        } catch (JMException e) {
            throw new IllegalStateException("no search proxy to open or close: the test profile starts it", e);
        }
    }

    @Override
    public int getPort() {
        return port;
    }

    @Override
    public boolean isOpen() {
        return server != null;
    }

    /** true: listen (again, on the same port); false: refuse connections and cut the open ones. */
    @Override
    public synchronized void setOpen(boolean open) {
        if (open) {
            open();
        } else {
            close();
        }
    }

    private void open() {
        if (server != null) {
            return;
        }
        try {
            ServerSocket listening = new ServerSocket();
            listening.setReuseAddress(true);
            listening.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
            port = listening.getLocalPort();
            server = listening;
            Thread.ofPlatform().daemon().name("search-proxy-accept").start(() -> acceptLoop(listening));
        } catch (IOException e) {
            throw new UncheckedIOException("could not listen on 127.0.0.1:" + port, e);
        }
    }

    private void close() {
        ServerSocket listening = server;
        server = null;
        if (listening != null) {
            quietly(listening);
        }
        sockets.forEach(TcpProxy::quietly);
        sockets.clear();
    }

    private void acceptLoop(ServerSocket listening) {
        while (!listening.isClosed()) {
            try {
                Socket client = listening.accept();
                Socket upstream = new Socket();
                sockets.add(client);
                sockets.add(upstream);
                try {
                    upstream.connect(new InetSocketAddress(upstreamHost, upstreamPort), 2000);
                } catch (IOException e) {
                    quietly(client);
                    quietly(upstream);
                    continue;
                }
                pump(client, upstream);
                pump(upstream, client);
            } catch (SocketException closed) {
                return;
            } catch (IOException e) {
                // One connection failed; keep accepting others.
            }
        }
    }

    /** Copies one direction until either side closes, then closes both. */
    private void pump(Socket from, Socket to) {
        Thread.ofPlatform().daemon().name("search-proxy-pump").start(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // The other side or close() cut the connection.
            } finally {
                quietly(from);
                quietly(to);
                sockets.remove(from);
                sockets.remove(to);
            }
        });
    }

    private static void quietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // Closing is all we want.
        }
    }
}
