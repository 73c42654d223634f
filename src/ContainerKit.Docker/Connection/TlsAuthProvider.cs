using Docker.DotNet.Handler.Abstractions;

namespace ContainerKit.Docker.Connection;

/// <summary>Gives the Docker.DotNet transport the same TLS settings as the raw HTTP client.</summary>
internal sealed class TlsAuthProvider(TlsSettings settings) : IAuthProvider
{
    public bool TlsEnabled => true;

    public HttpMessageHandler ConfigureHandler(HttpMessageHandler handler)
    {
        switch (handler)
        {
            case SocketsHttpHandler sockets:
                settings.Apply(sockets);
                break;
            case HttpClientHandler client:
                client.ClientCertificates.Add(settings.ClientCertificate);
                break;
        }

        return handler;
    }
}
