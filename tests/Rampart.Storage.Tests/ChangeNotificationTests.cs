using System.Text;
using Rampart.Storage.Changes;
using Rampart.Storage.Items;
using Rampart.Storage.Postgres;

namespace Rampart.Storage.Tests;

public sealed class ChangeNotificationTests
{
    private static readonly Guid Sender = Guid.NewGuid();
    private static readonly Guid Receiver = Guid.NewGuid();

    [Fact]
    public void An_item_change_round_trips_to_another_instance()
    {
        var change = new StoreChange(new ItemKey("iam.user", "123456789012", "ALICE \"quoted\" é \U0001F600"));

        Assert.Equal(change, ChangeNotification.Decode(Receiver, ChangeNotification.Encode(Sender, change)));
    }

    [Fact]
    public void The_sending_instance_ignores_its_own_notifications()
    {
        var payload = ChangeNotification.Encode(Sender, new StoreChange(new ItemKey("c", "p", "k")));

        Assert.Null(ChangeNotification.Decode(Sender, payload));
    }

    [Fact]
    public void A_key_too_long_for_a_notification_is_announced_as_everything()
    {
        var change = new StoreChange(new ItemKey(new string('\u0001', 128), new string('\u0001', 256), new string('\u0001', 1024)));

        var payload = ChangeNotification.Encode(Sender, change);

        Assert.True(Encoding.UTF8.GetByteCount(payload) < 8000);
        Assert.Equal(StoreChange.Everything, ChangeNotification.Decode(Receiver, payload));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("[\"a\",\"b\"]")]
    public void An_unreadable_payload_is_ignored(string payload)
    {
        Assert.Null(ChangeNotification.Decode(Receiver, payload));
    }
}
