using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace ContainerKit.Docker.Connection;

/// <summary>The client certificate and the CA of a TLS-protected daemon, loaded from PEM files.</summary>
internal sealed class TlsSettings
{
    private TlsSettings(X509Certificate2 clientCertificate, X509Certificate2 authority)
    {
        ClientCertificate = clientCertificate;
        Authority = authority;
    }

    public X509Certificate2 ClientCertificate { get; }

    public X509Certificate2 Authority { get; }

    public static TlsSettings Load(string folder)
    {
        string File(string name) => Path.Combine(folder, name);
        foreach (var name in new[] { "ca.pem", "cert.pem", "key.pem" })
        {
            if (!System.IO.File.Exists(File(name)))
            {
                throw EngineDiagnostics.Exception(EngineDiagnostics.EndpointInvalidId, "DOCKER_CERT_PATH",
                    $"DOCKER_TLS_VERIFY is set but {name} is missing", File(name),
                    "put ca.pem, cert.pem and key.pem in DOCKER_CERT_PATH (default ~/.docker) or unset DOCKER_TLS_VERIFY");
            }
        }

        var client = X509Certificate2.CreateFromPemFile(File("cert.pem"), File("key.pem"));
        var authority = X509CertificateLoader.LoadCertificateFromFile(File("ca.pem"));
        return new TlsSettings(client, authority);
    }

    /// <summary>Applies client certificate and CA pinning to a sockets handler.</summary>
    public void Apply(SocketsHttpHandler handler)
    {
        handler.SslOptions.ClientCertificates = [ClientCertificate];
        handler.SslOptions.RemoteCertificateValidationCallback = Validate;
    }

    private bool Validate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (certificate is null) return false;
        if ((errors & SslPolicyErrors.RemoteCertificateNameMismatch) != 0) return false;
        using var custom = new X509Chain();
        custom.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        custom.ChainPolicy.CustomTrustStore.Add(Authority);
        custom.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return custom.Build(X509CertificateLoader.LoadCertificate(certificate.GetRawCertData()));
    }
}
