namespace Elara.Api.Errors;

/// <summary>
/// Caps every /api request body at <see cref="MaxBytes"/>. The body is read into memory here, so the cap holds on any
/// server (TestServer has no body limit of its own) and binding never sees a partly read stream.
/// </summary>
internal sealed class RequestBodyLimit(RequestDelegate next)
{
    public const int MaxBytes = 64 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!request.Path.StartsWithSegments("/api") || request.ContentLength == 0 || !HasBody(request))
        {
            await next(context);
            return;
        }

        if (request.ContentLength > MaxBytes)
        {
            await RefuseAsync(context);
            return;
        }

        var buffered = new MemoryStream();
        context.Response.RegisterForDispose(buffered);
        var chunk = new byte[8 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
        {
            if (buffered.Length + read > MaxBytes)
            {
                await RefuseAsync(context);
                return;
            }

            buffered.Write(chunk, 0, read);
        }

        buffered.Position = 0;
        request.Body = buffered;
        request.ContentLength = buffered.Length;
        await next(context);
    }

    static Task RefuseAsync(HttpContext context) =>
        Problems.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, "Request body too large", $"Request bodies are limited to {MaxBytes} bytes.");

    // A body exists when its length is announced or it is chunked; a GET without either has none to read.
    static bool HasBody(HttpRequest request) =>
        request.ContentLength is > 0
        || request.Headers.TransferEncoding.Count > 0
        || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method));
}
