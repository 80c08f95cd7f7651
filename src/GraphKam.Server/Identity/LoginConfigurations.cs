using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GraphKam.Server.Identity;

public sealed class LoginConfiguration : IEntityTypeConfiguration<Login>
{
    public void Configure(EntityTypeBuilder<Login> login)
    {
        login.HasOne(l => l.Person).WithMany().HasForeignKey(l => l.PersonId).OnDelete(DeleteBehavior.Restrict);
        login.HasIndex(l => l.PersonId).IsUnique();
        login.HasOne(l => l.Distributor).WithMany().HasForeignKey(l => l.DistributorId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class RefreshTokenConfiguration : IEntityTypeConfiguration<RefreshToken>
{
    public void Configure(EntityTypeBuilder<RefreshToken> token)
    {
        token.Property(t => t.Hash).HasMaxLength(64);
        token.HasIndex(t => t.Hash).IsUnique();
        token.HasOne(t => t.Login).WithMany().HasForeignKey(t => t.LoginId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> token)
    {
        token.Property(t => t.Name).HasMaxLength(200);
        token.Property(t => t.Hash).HasMaxLength(64);
        token.HasIndex(t => t.Hash).IsUnique();
        token.HasOne(t => t.Distributor).WithMany().HasForeignKey(t => t.DistributorId).OnDelete(DeleteBehavior.Restrict);
        token.PrimitiveCollection(t => t.Scopes);
    }
}
