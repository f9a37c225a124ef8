package tw.museum.iiif.front;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.DefaultFileRegion;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.util.ReferenceCountUtil;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.FileChannel;
import java.util.ArrayDeque;
import tw.museum.iiif.web.StoredTile;
import tw.museum.iiif.web.StoredTiles;

/**
 * One client connection of the front. A GET or HEAD whose raw path {@link StoredTiles} holds is answered here;
 * anything else is relayed to the servlet container over this connection's own backend connection (opened on
 * the first miss, kept alive). Requests are handled one at a time in arrival order: while a relayed exchange
 * is in flight, later (pipelined) requests wait, so responses never overtake each other. Everything runs on
 * the connection's event loop, so the state below needs no locking.
 */
final class FrontConnection extends ChannelInboundHandlerAdapter {

    private static final String ALLOW_ORIGIN = HttpHeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN.toString();
    private static final String EXPOSE_HEADERS = HttpHeaderNames.ACCESS_CONTROL_EXPOSE_HEADERS.toString();
    private static final String NOSNIFF_HEADER = "X-Content-Type-Options";
    private static final String LINK = "Link";

    private final StoredTiles tiles;
    private final HttpDates dates;
    private final InetSocketAddress backendAddress;
    private final Class<? extends Channel> backendChannelType;
    private final ArrayDeque<Object> waiting = new ArrayDeque<>();
    private ChannelHandlerContext ctx;
    private ChannelFuture backend;
    /** A relayed request awaits its response. */
    private boolean relaying;
    /** The relayed request's body is still arriving. */
    private boolean bodyToBackend;
    /** The rest of a request answered here (its empty last content). */
    private boolean discardBody;
    private boolean responseStarted;
    private boolean interimResponse;
    private boolean clientKeepAlive;
    private HttpVersion clientVersion;
    /** The relayed request if it may be sent again (GET or HEAD without a body), until a response starts. */
    private HttpRequest resendable;
    /** The backend said Connection: close: no further request goes over it. */
    private boolean backendClosing;

    FrontConnection(StoredTiles tiles, HttpDates dates, InetSocketAddress backendAddress,
                    Class<? extends Channel> backendChannelType) {
        this.tiles = tiles;
        this.dates = dates;
        this.backendAddress = backendAddress;
        this.backendChannelType = backendChannelType;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext context) {
        this.ctx = context;
    }

    @Override
    public void channelRead(ChannelHandlerContext context, Object msg) {
        if (relaying && !bodyToBackend) {
            waiting.add(msg);
            context.channel().config().setAutoRead(false);
            return;
        }
        dispatch(msg);
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext context) {
        context.flush();
    }

    private void dispatch(Object msg) {
        if (bodyToBackend) {
            bodyToBackend = !(msg instanceof LastHttpContent);
            toBackend(msg);
            return;
        }
        if (discardBody) {
            discardBody = !(msg instanceof LastHttpContent);
            ReferenceCountUtil.release(msg);
            return;
        }
        if (!(msg instanceof HttpRequest request)) {
            ReferenceCountUtil.release(msg);
            return;
        }
        boolean complete = msg instanceof LastHttpContent;
        if (request.decoderResult().isFailure()) {
            ReferenceCountUtil.release(msg);
            refuse(HttpResponseStatus.BAD_REQUEST);
            return;
        }
        if (serveStored(request)) {
            ReferenceCountUtil.release(msg);
            discardBody = !complete;
            return;
        }
        relay(request, complete);
        bodyToBackend = !complete;
    }

    // ---- stored tiles, answered here ----

    private boolean serveStored(HttpRequest request) {
        HttpMethod method = request.method();
        String path = request.uri();
        if (!(HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method))
                || !path.startsWith("/iiif/") || path.indexOf('?') >= 0) {
            return false; // queries, other methods and other paths: the pipeline decides
        }
        String host = request.headers().get(HttpHeaderNames.HOST);
        StoredTile tile = tiles.find(host, path);
        if (tile == null) {
            return false;
        }
        HttpHeaders in = request.headers();
        boolean keepAlive = HttpUtil.isKeepAlive(request);
        if (tile.notModified(in.get(HttpHeaderNames.IF_NONE_MATCH), in.get(HttpHeaderNames.IF_MODIFIED_SINCE))) {
            HttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.NOT_MODIFIED);
            tileHeaders(response.headers(), tile, request, keepAlive);
            finish(ctx.write(response), keepAlive);
            return true;
        }
        FileChannel file = null;
        if (!HttpMethod.HEAD.equals(method)) {
            try {
                file = FileChannel.open(tile.file());
            } catch (IOException gone) {
                tiles.forget(host, path); // a newer version replaced it: the pipeline answers
                return false;
            }
        }
        HttpResponse response = new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK);
        HttpHeaders out = tileHeaders(response.headers(), tile, request, keepAlive);
        out.set(HttpHeaderNames.CONTENT_TYPE, tile.contentType());
        out.set(HttpHeaderNames.CONTENT_LENGTH, tile.length());
        ctx.write(response);
        if (file != null) {
            ctx.write(new DefaultFileRegion(file, 0, tile.length())); // zero-copy: sendfile on epoll and NIO
        }
        finish(ctx.write(LastHttpContent.EMPTY_LAST_CONTENT), keepAlive);
        return true;
    }

    /** The headers the pipeline sends with a stored tile (see StoredTileFastPath), plus Date and Connection. */
    private HttpHeaders tileHeaders(HttpHeaders out, StoredTile tile, HttpRequest request, boolean keepAlive) {
        out.set(HttpHeaderNames.DATE, dates.now());
        out.set(ALLOW_ORIGIN, StoredTile.ALLOW_ORIGIN);
        out.set(EXPOSE_HEADERS, StoredTile.EXPOSE_HEADERS);
        out.set(HttpHeaderNames.ETAG, tile.etag());
        out.set(HttpHeaderNames.LAST_MODIFIED, tile.lastModifiedHeader());
        out.set(HttpHeaderNames.CACHE_CONTROL, tile.cacheControl());
        out.set(NOSNIFF_HEADER, "nosniff");
        out.add(LINK, tile.links());
        connectionHeader(out, request.protocolVersion(), keepAlive);
        return out;
    }

    private static void connectionHeader(HttpHeaders out, HttpVersion version, boolean keepAlive) {
        if (!keepAlive) {
            out.set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        } else if (!version.isKeepAliveDefault()) {
            out.set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
        }
    }

    private static void finish(ChannelFuture lastWrite, boolean keepAlive) {
        if (!keepAlive) {
            lastWrite.addListener(ChannelFutureListener.CLOSE);
        }
    }

    private void refuse(HttpResponseStatus status) {
        HttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status);
        response.headers().set(HttpHeaderNames.DATE, dates.now()).set(HttpHeaderNames.CONTENT_LENGTH, 0)
                .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
        releaseWaiting();
    }

    // ---- everything else, relayed to the servlet container ----

    private void relay(HttpRequest request, boolean complete) {
        relaying = true;
        responseStarted = false;
        clientVersion = request.protocolVersion();
        clientKeepAlive = HttpUtil.isKeepAlive(request);
        HttpHeaders headers = request.headers();
        // Hop-by-hop headers are this connection's, not the backend's; the backend connection stays alive.
        headers.remove(HttpHeaderNames.CONNECTION).remove(HttpHeaderNames.KEEP_ALIVE)
                .remove("Proxy-Connection").remove(HttpHeaderNames.UPGRADE);
        if (!headers.contains(HttpHeaderNames.HOST)) {
            InetSocketAddress local = (InetSocketAddress) ctx.channel().localAddress();
            headers.set(HttpHeaderNames.HOST, local.getHostString() + ":" + local.getPort());
        }
        if (ctx.channel().remoteAddress() instanceof InetSocketAddress remote) {
            String forwarded = headers.get("X-Forwarded-For");
            String client = remote.getAddress().getHostAddress();
            headers.set("X-Forwarded-For", forwarded == null ? client : forwarded + ", " + client);
        }
        request.setProtocolVersion(HttpVersion.HTTP_1_1);
        boolean idempotent = HttpMethod.GET.equals(request.method()) || HttpMethod.HEAD.equals(request.method());
        resendable = complete && idempotent ? request : null;
        toBackend(request);
    }

    private void toBackend(Object msg) {
        if (backend == null || backendClosing) {
            if (backend != null) {
                backend.channel().close();
            }
            backendClosing = false;
            backend = new Bootstrap().group(ctx.channel().eventLoop()).channel(backendChannelType)
                    .option(ChannelOption.TCP_NODELAY, true)
                    .handler(new ChannelInitializer<>() {
                        @Override
                        protected void initChannel(Channel channel) {
                            channel.pipeline().addLast(new HttpClientCodec(), new BackendResponses());
                        }
                    })
                    .connect(backendAddress);
        }
        ChannelFuture connection = backend;
        if (connection.isDone()) {
            writeToBackend(connection, msg);
        } else {
            connection.addListener(f -> writeToBackend(connection, msg)); // listeners run in order
        }
    }

    private void writeToBackend(ChannelFuture connection, Object msg) {
        if (connection != backend) {
            ReferenceCountUtil.release(msg); // part of an attempt already given up (and sent again)
            return;
        }
        if (connection.isSuccess() && connection.channel().isActive()) {
            connection.channel().writeAndFlush(msg).addListener(ChannelFutureListener.CLOSE_ON_FAILURE);
        } else {
            ReferenceCountUtil.release(msg);
            backendFailed();
        }
    }

    private void backendFailed() {
        if (relaying && !responseStarted && resendable != null) {
            // The container closed an idle connection as the request went out: once more, on a new one.
            HttpRequest again = resendable;
            resendable = null;
            backend = null;
            toBackend(again);
            toBackend(LastHttpContent.EMPTY_LAST_CONTENT);
            return;
        }
        if (relaying && !responseStarted && ctx.channel().isActive()) {
            relaying = false;
            refuse(HttpResponseStatus.BAD_GATEWAY);
        } else {
            ctx.close();
        }
    }

    /** The relayed exchange is over: take the next waiting request, if any. */
    private void exchangeDone(ChannelFuture lastWrite) {
        relaying = false;
        if (!clientKeepAlive) {
            lastWrite.addListener(ChannelFutureListener.CLOSE);
            releaseWaiting();
            return;
        }
        while (!waiting.isEmpty() && (!relaying || bodyToBackend)) {
            dispatch(waiting.poll());
        }
        ctx.flush();
        if (waiting.isEmpty()) {
            ctx.channel().config().setAutoRead(true);
        }
    }

    private void releaseWaiting() {
        while (!waiting.isEmpty()) {
            ReferenceCountUtil.release(waiting.poll());
        }
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext context) {
        // Back-pressure: a slow client pauses reading from the backend, not buffering its whole response.
        if (backend != null && backend.isSuccess()) {
            backend.channel().config().setAutoRead(context.channel().isWritable());
        }
        context.fireChannelWritabilityChanged();
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext context, Object event) {
        if (event instanceof IdleStateEvent) {
            context.close();
        } else {
            context.fireUserEventTriggered(event);
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext context) {
        releaseWaiting();
        if (backend != null) {
            backend.channel().close();
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext context, Throwable cause) {
        context.close(); // a reset connection, mostly; nothing to answer
    }

    /** Responses from the servlet container, passed to the client as they come. */
    private final class BackendResponses extends ChannelInboundHandlerAdapter {

        @Override
        public void channelRead(ChannelHandlerContext backendContext, Object msg) {
            if (!relaying || !(msg instanceof HttpObject)) {
                ReferenceCountUtil.release(msg);
                return;
            }
            if (msg instanceof HttpResponse response) {
                responseStarted = true;
                resendable = null;
                backendClosing |= !HttpUtil.isKeepAlive(response);
                interimResponse = response.status().codeClass() == io.netty.handler.codec.http.HttpStatusClass.INFORMATIONAL;
                HttpHeaders headers = response.headers();
                headers.remove(HttpHeaderNames.CONNECTION).remove(HttpHeaderNames.KEEP_ALIVE);
                boolean chunked = HttpUtil.isTransferEncodingChunked(response);
                if (!interimResponse && !chunked && !HttpUtil.isContentLengthSet(response)
                        && response.status().code() != 204 && response.status().code() != 304) {
                    clientKeepAlive = false; // a body that ends with the connection
                }
                if (chunked && !clientVersion.isKeepAliveDefault()) {
                    HttpUtil.setTransferEncodingChunked(response, false); // HTTP/1.0: no chunks, end by closing
                    clientKeepAlive = false;
                }
                if (!interimResponse) {
                    connectionHeader(headers, clientVersion, clientKeepAlive);
                }
            }
            ChannelFuture written = ctx.write(msg);
            if (msg instanceof LastHttpContent) {
                if (interimResponse) {
                    interimResponse = false;
                    responseStarted = false;
                    ctx.flush();
                } else {
                    ctx.flush();
                    if (backendClosing && backend != null && backend.channel() == backendContext.channel()) {
                        backend = null; // it is closing: the next miss opens another
                        backendClosing = false;
                        backendContext.close();
                    }
                    exchangeDone(written);
                }
            } else if (!ctx.channel().isWritable()) {
                backendContext.channel().config().setAutoRead(false);
            }
        }

        @Override
        public void channelReadComplete(ChannelHandlerContext backendContext) {
            ctx.flush();
        }

        @Override
        public void channelInactive(ChannelHandlerContext backendContext) {
            if (backend == null || backend.channel() != backendContext.channel()) {
                return; // a connection already given up
            }
            backend = null; // the container closed it: the next miss opens another
            if (relaying) {
                backendFailed();
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext backendContext, Throwable cause) {
            backendContext.close();
        }
    }
}
