namespace DxMonitor.Evaluator.Checks;

/// <summary>The services a public-service portal must offer, as the ministry's evaluation asks for them.</summary>
public static class ServiceFeatures
{
    public static readonly IReadOnlyList<ServiceFeature> All =
    [
        new("procedure-search", "Procedure search (tìm kiếm thủ tục)",
            ["input[type=search]", "form[role=search]", "input[name=q]", "input[name=keyword]", "input[name=tukhoa]"],
            ["tim kiem thu tuc", "tra cuu thu tuc", "tim thu tuc", "search procedures", "tim kiem"]),
        new("online-submission", "Online submission (nộp hồ sơ trực tuyến)", [],
            ["nop ho so truc tuyen", "nop truc tuyen", "nop ho so", "submit application", "submit online"]),
        new("dossier-status", "Dossier status lookup (tra cứu hồ sơ)", [],
            ["tra cuu ho so", "tra cuu tinh trang", "tinh trang ho so", "tien do ho so", "tra cuu ket qua", "track application"]),
        new("online-payment", "Online payment (thanh toán trực tuyến)", [],
            ["thanh toan truc tuyen", "thanh toan phi", "thanh toan le phi", "online payment", "paygov"]),
        new("e-forms", "Electronic forms (biểu mẫu điện tử)", [],
            ["bieu mau dien tu", "bieu mau", "to khai dien tu", "mau don", "e-form", "eform"]),
        new("contact-feedback", "Contact and feedback (liên hệ, phản ánh kiến nghị)", ["a[href^=\"mailto:\"]", "a[href^=\"tel:\"]"],
            ["phan anh kien nghi", "phan anh", "kien nghi", "gop y", "lien he", "hotline", "feedback", "contact"]),
        new("national-id-login", "Login with the national identity (VNeID)",
            ["a[href*=\"vneid\"]", "a[href*=\"xacthuc.dichvucong.gov.vn\"]", "a[href*=\"sso.dancuquocgia.gov.vn\"]"],
            ["vneid", "dinh danh dien tu", "tai khoan dinh danh", "dang nhap bang tai khoan dich vu cong quoc gia"]),
    ];
}
