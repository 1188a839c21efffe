using System.Net.Http.Headers;
using System.Text;

namespace Elara.Api.Tests.Infrastructure;

public static class Json
{
    /// <summary>Raw JSON text as an application/json body, exactly as written.</summary>
    public static HttpContent Body(string json) => Bytes(Encoding.UTF8.GetBytes(json));

    public static HttpContent Bytes(byte[] bytes, string contentType = "application/json")
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return content;
    }
}
