using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GraphKam.Server.Identity;

public sealed class LoginSessionConfiguration : IEntityTypeConfiguration<LoginSession>
{
    public void Configure(EntityTypeBuilder<LoginSession> session)
    {
        session.ToTable("LoginSessions");
        session.Property(s => s.Id).HasMaxLength(32);
        session.Property(s => s.Kind).HasConversion<string>().HasMaxLength(10);
        session.Property(s => s.Stamp).HasMaxLength(SessionClaims.StampLength);
        session.HasOne(s => s.Login).WithMany().HasForeignKey(s => s.LoginId).OnDelete(DeleteBehavior.Cascade);
        session.HasIndex(s => s.LoginId);
        // A token session's refresh tokens: signing out revokes them with it.
        session.HasMany<RefreshToken>().WithOne().HasForeignKey(t => t.SessionId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class FailedSignInConfiguration : IEntityTypeConfiguration<FailedSignIn>
{
    public void Configure(EntityTypeBuilder<FailedSignIn> failures)
    {
        failures.ToTable("FailedSignIns");
        failures.HasKey(f => f.EmailHash);
        failures.Property(f => f.EmailHash).HasMaxLength(64);
    }
}
