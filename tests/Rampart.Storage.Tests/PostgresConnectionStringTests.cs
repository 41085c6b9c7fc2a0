using Npgsql;
using Rampart.Storage.Postgres;

namespace Rampart.Storage.Tests;

public sealed class PostgresConnectionStringTests
{
    [Fact]
    public void A_uri_becomes_an_npgsql_connection_string()
    {
        var builder = new NpgsqlConnectionStringBuilder(
            PostgresConnectionString.Normalize("postgres://rampart:p%40ss%3Aw0rd@db.example.com:6543/rampart_prod?sslmode=require&application_name=rampart"));

        Assert.Equal("db.example.com", builder.Host);
        Assert.Equal(6543, builder.Port);
        Assert.Equal("rampart", builder.Username);
        Assert.Equal("p@ss:w0rd", builder.Password);
        Assert.Equal("rampart_prod", builder.Database);
        Assert.Equal(SslMode.Require, builder.SslMode);
        Assert.Equal("rampart", builder.ApplicationName);
    }

    [Fact]
    public void The_postgresql_scheme_and_defaults_work()
    {
        var builder = new NpgsqlConnectionStringBuilder(PostgresConnectionString.Normalize("postgresql://localhost"));

        Assert.Equal("localhost", builder.Host);
        Assert.Equal(5432, builder.Port);
        Assert.Null(builder.Username);
        Assert.Null(builder.Database);
    }

    [Fact]
    public void An_ipv6_host_loses_its_brackets()
    {
        Assert.Equal("::1", new NpgsqlConnectionStringBuilder(PostgresConnectionString.Normalize("postgres://u@[::1]:5433/d")).Host);
    }

    [Fact]
    public void A_key_value_connection_string_passes_through()
    {
        var builder = new NpgsqlConnectionStringBuilder(PostgresConnectionString.Normalize("Host=db;Port=5433;Username=u;Database=d"));

        Assert.Equal("db", builder.Host);
        Assert.Equal(5433, builder.Port);
    }

    [Theory]
    [InlineData("postgres://db/rampart?frobnicate=1")]
    [InlineData("Database=d")]
    public void An_unsupported_parameter_or_a_missing_host_is_refused(string value)
    {
        Assert.Throws<ArgumentException>(() => PostgresConnectionString.Normalize(value));
    }
}
