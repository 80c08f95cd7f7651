using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GraphKam.Server.Identity;

public sealed class ServerKeyConfiguration : IEntityTypeConfiguration<ServerKey>
{
    public void Configure(EntityTypeBuilder<ServerKey> key)
    {
        key.ToTable("ServerKeys");
        key.Property(k => k.Purpose).HasMaxLength(32);
        key.HasIndex(k => k.Purpose);
    }
}
