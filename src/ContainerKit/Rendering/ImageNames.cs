using ContainerKit.Model;

namespace ContainerKit.Rendering;

/// <summary>
/// Image references of an entry, following the template's scheme
/// <c>&lt;image&gt;:&lt;platform&gt;-&lt;acceleration&gt;-&lt;run|dev&gt;-&lt;revision&gt;-&lt;root|user&gt;</c>.
/// </summary>
public static class ImageNames
{
    /// <summary>The tag template of a generic image; <paramref name="stage"/> is <c>run</c> or <c>dev</c>.</summary>
    public static string Generic(EntryModel model, string stage) =>
        $"{model.Project.ImageName}:{model.Entry.Key}-{stage}-{ImageTagTemplate.Revision}-root";

    /// <summary>The tag template of a user image.</summary>
    public static string User(EntryModel model, string stage) =>
        $"{model.Project.ImageName}:{model.Entry.Key}-{stage}-{ImageTagTemplate.Revision}-{ImageTagTemplate.User}";
}
