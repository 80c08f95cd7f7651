using GraphKam.Server.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GraphKam.Server.Health;

public sealed class AccountHealthBandConfiguration : IEntityTypeConfiguration<AccountHealthBand>
{
    public void Configure(EntityTypeBuilder<AccountHealthBand> band)
    {
        band.ToTable("AccountHealthBands");
        band.HasKey(b => b.AccountId);
        band.HasOne<Account>().WithOne().HasForeignKey<AccountHealthBand>(b => b.AccountId).OnDelete(DeleteBehavior.Cascade);
    }
}
