using System.Net;
using System.Text;
using System.Text.Json;
using GraphKam.Tests.Infrastructure;

namespace GraphKam.Tests.Identity;

/// <summary>Whatever body reaches <c>/auth</c>, the answer is a documented error, never a 500 or a stack trace.</summary>
public sealed class AuthBodyTests(DemoDataFixture fixture) : IClassFixture<DemoDataFixture>
{
    private async Task<(HttpStatusCode Status, JsonElement Body, string Text)> PostAsync(string path, string body, string contentType = "application/json")
    {
        using var http = fixture.Factory.CreateClient();
        var response = await http.PostAsync(path, new StringContent(body, Encoding.UTF8, contentType));
        var text = await response.Content.ReadAsStringAsync();
        var json = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement;
        return (response.StatusCode, json, text);
    }

    [Fact] // Issue 14: answered 500 with a System.Text.Json.JsonException stack trace.
    public async Task Logout_with_a_JSON_content_type_and_no_body_signs_out()
    {
        var (status, _, text) = await PostAsync("/auth/logout", "");
        Assert.Equal(HttpStatusCode.NoContent, status);
        Assert.DoesNotContain("Exception", text);
    }

    [Theory]
    [InlineData("/auth/logout", "{")]
    [InlineData("/auth/logout", "[1, 2]")]
    [InlineData("/auth/logout", "{\"refreshToken\": 5}")]
    [InlineData("/auth/login", "")]
    [InlineData("/auth/login", "{")]
    [InlineData("/auth/login", "null")]
    [InlineData("/auth/login", "[]")]
    [InlineData("/auth/login", "{\"email\": 5, \"password\": true}")]
    [InlineData("/auth/login", "{\"email\": {\"$ne\": null}, \"password\": []}")]
    [InlineData("/auth/cookie", "\"text\"")]
    [InlineData("/auth/cookie", "{\"email\": \"a@b\", \"password\": \"\\uD800\"}")]
    [InlineData("/auth/refresh", "{\"refreshToken\": [\"gkr_x\"]}")]
    [InlineData("/auth/refresh", "{\"refreshToken\": \"x\"")]
    public async Task Malformed_bodies_are_400_in_the_documented_shape(string path, string body)
    {
        var (status, json, text) = await PostAsync(path, body);
        Assert.True(status is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized, $"{(int)status}: {text}");
        Assert.False(string.IsNullOrEmpty(json.At("error.code").GetString()), text);
        Assert.DoesNotContain("Exception", text);
        Assert.DoesNotContain(" at ", text);
    }

    [Theory] // Outside testers: 415 and 405 came with empty bodies, and errors with "correlationId": null.
    [InlineData("POST", "/auth/login", "text/plain", 415, "UNSUPPORTED_MEDIA_TYPE")]
    [InlineData("POST", "/auth/refresh", "application/x-www-form-urlencoded", 415, "UNSUPPORTED_MEDIA_TYPE")]
    [InlineData("GET", "/auth/login", null, 405, "METHOD_NOT_ALLOWED")]
    [InlineData("PUT", "/auth/logout", "application/json", 405, "METHOD_NOT_ALLOWED")]
    [InlineData("POST", "/auth/refresh", "application/json", 401, "INVALID_REFRESH_TOKEN")]
    [InlineData("POST", "/auth/login", "application/json", 400, "INVALID_REQUEST")]
    public async Task Every_auth_error_has_the_documented_shape(string method, string path, string? contentType,
        int status, string code)
    {
        using var http = fixture.Factory.CreateClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (contentType != null)
            request.Content = new StringContent(code == "INVALID_REQUEST" ? "{" : "{\"refreshToken\":\"gkr_x\"}",
                Encoding.UTF8, contentType);
        var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(status, (int)response.StatusCode);
        var error = JsonDocument.Parse(text).RootElement.GetProperty("error");
        Assert.Equal(code, error.GetProperty("code").GetString());
        Assert.False(string.IsNullOrEmpty(error.GetProperty("message").GetString()), text);
        Assert.False(error.TryGetProperty("correlationId", out _), text);
    }

    [Theory]
    [InlineData("/auth/login")]
    [InlineData("/auth/logout")]
    public async Task Huge_bodies_are_413(string path)
    {
        var body = "{\"email\":\"" + new string('a', 1_000_000) + "\",\"password\":\"x\"}";
        var (status, json, text) = await PostAsync(path, body);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Equal("REQUEST_TOO_LARGE", json.At("error.code").GetString());
        Assert.DoesNotContain("Exception", text);
    }
}
