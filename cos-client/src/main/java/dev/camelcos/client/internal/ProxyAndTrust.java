package dev.camelcos.client.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.security.GeneralSecurityException;
import java.security.KeyStore;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

import dev.camelcos.client.CosProxy;
import dev.camelcos.client.CosTrustStore;
import okhttp3.Authenticator;
import okhttp3.Credentials;
import okhttp3.OkHttpClient;

/** Applies a client's proxy and trust store to its OkHttp client. */
final class ProxyAndTrust {

    private static final String PROXY_AUTHORIZATION = "Proxy-Authorization";

    private ProxyAndTrust() {
    }

    static OkHttpClient.Builder apply(OkHttpClient.Builder http, CosProxy proxy, CosTrustStore trustStore) {
        if (proxy != null) {
            // unresolved: the proxy resolves COS's host names, as it must when this machine has no DNS of its own
            http.proxy(new Proxy(proxy.type(), InetSocketAddress.createUnresolved(proxy.host(), proxy.port())));
            if (proxy.hasCredentials()) {
                String basic = Credentials.basic(proxy.username(), proxy.password());
                http.proxyAuthenticator(authenticator(basic));
                // a plain-HTTP request goes to the proxy itself: authenticate it up front, since a one-shot body
                // could not be sent again after a 407 (HTTPS requests are inside the tunnel and never get it)
                http.addNetworkInterceptor(chain -> chain.request().isHttps() ? chain.proceed(chain.request())
                        : chain.proceed(chain.request().newBuilder().header(PROXY_AUTHORIZATION, basic).build()));
            }
        }
        if (trustStore != null) {
            X509TrustManager trust = trustManager(trustStore);
            http.sslSocketFactory(sslContext(trust).getSocketFactory(), trust);
        }
        return http;
    }

    /** Answers the proxy's 407 (and OkHttp's preemptive CONNECT challenge) once; a second 407 means wrong ones. */
    private static Authenticator authenticator(String basic) {
        return (route, response) -> response.request().header(PROXY_AUTHORIZATION) != null ? null
                : response.request().newBuilder().header(PROXY_AUTHORIZATION, basic).build();
    }

    private static X509TrustManager trustManager(CosTrustStore store) {
        try {
            char[] password = store.password() != null ? store.password().toCharArray() : null;
            KeyStore keys = KeyStore.getInstance(store.file().toFile(), password);
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(keys);
            for (TrustManager manager : factory.getTrustManagers()) {
                if (manager instanceof X509TrustManager x509) {
                    return x509;
                }
            }
            throw new IllegalArgumentException("trustStore " + store.file() + " gives no X.509 trust manager");
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("trustStore " + store.file() + " cannot be read as a PKCS12 or JKS"
                    + " key store (is the file and its trustStorePassword right?): " + e.getMessage(), e);
        }
    }

    private static SSLContext sslContext(X509TrustManager trust) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] { trust }, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS is not available in this JVM", e);
        }
    }
}
