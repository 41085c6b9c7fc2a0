namespace Rampart.Waf.Gateway.Captcha;

/// <summary>A point of a drawing, in whatever units its owner uses.</summary>
public readonly record struct Point(double X, double Y);
