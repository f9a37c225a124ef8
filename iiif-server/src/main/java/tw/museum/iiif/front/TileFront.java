package tw.museum.iiif.front;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.timeout.IdleStateHandler;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import tw.museum.iiif.config.IiifProperties;
import tw.museum.iiif.web.StoredTiles;

/**
 * The optional lean HTTP front ({@code museum.iiif.front.port}): a Netty server that answers the stored tiles
 * {@link StoredTiles} holds straight from its event loop (precomputed headers, sendfile through a FileRegion,
 * keep-alive, 304s) and relays every other request, unchanged, to this application's own HTTP port on
 * loopback, where the pipeline checks access and fills {@link StoredTiles} again. It starts once the
 * servlet container is up (it needs its port) and stops with the context. Off by default.
 */
@Component
public class TileFront implements ApplicationListener<WebServerInitializedEvent>, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(TileFront.class);

    private final IiifProperties.Front settings;
    private final StoredTiles tiles;
    private final String backendHost;
    private final HttpDates dates = new HttpDates();
    private EventLoopGroup group;
    private Channel listener;

    public TileFront(IiifProperties properties, StoredTiles tiles, Environment environment) {
        this.settings = properties.front();
        this.tiles = tiles;
        String address = environment.getProperty("server.address", "");
        this.backendHost = address.isBlank() || "0.0.0.0".equals(address) || "::".equals(address) ? "127.0.0.1" : address;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (settings.enabled() && event.getApplicationContext().getServerNamespace() == null) {
            start(event.getWebServer().getPort());
        }
    }

    private synchronized void start(int backendPort) {
        if (listener != null) {
            return;
        }
        boolean epoll = Epoll.isAvailable(); // the native transport: sendfile and fewer copies, on Linux
        IoHandlerFactory io = epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
        int threads = settings.threads() > 0 ? settings.threads() : Runtime.getRuntime().availableProcessors();
        group = new MultiThreadIoEventLoopGroup(threads, io);
        Class<? extends ServerChannel> serverChannel = epoll ? EpollServerSocketChannel.class : NioServerSocketChannel.class;
        Class<? extends Channel> clientChannel = epoll ? EpollSocketChannel.class : NioSocketChannel.class;
        InetSocketAddress backend = new InetSocketAddress(backendHost, backendPort);
        ServerBootstrap bootstrap = new ServerBootstrap().group(group).channel(serverChannel)
                .option(ChannelOption.SO_BACKLOG, 1024)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<>() {
                    @Override
                    protected void initChannel(Channel channel) {
                        channel.pipeline().addLast(
                                new IdleStateHandler(false, 0, 0, 60, TimeUnit.SECONDS), // idle keep-alive ends
                                new HttpServerCodec(),
                                new FrontConnection(tiles, dates, backend, clientChannel));
                    }
                });
        InetSocketAddress bind = settings.address().isBlank() ? new InetSocketAddress(settings.port())
                : new InetSocketAddress(settings.address(), settings.port());
        listener = bootstrap.bind(bind).syncUninterruptibly().channel();
        log.info("IIIF front on {} ({} transport, {} threads), relaying to {}", listener.localAddress(),
                epoll ? "epoll" : "NIO", threads, backend);
    }

    /** The port the front listens on, or -1 when it is off. */
    public synchronized int port() {
        return listener == null ? -1 : ((InetSocketAddress) listener.localAddress()).getPort();
    }

    @Override
    public synchronized void destroy() {
        if (listener != null) {
            listener.close().syncUninterruptibly();
            listener = null;
        }
        if (group != null) {
            group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
            group = null;
        }
    }
}
