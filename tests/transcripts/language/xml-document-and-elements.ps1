# source: reference/powershell-semantics.md 1.2, 1.5 and 1.7 applied to the properties PowerShell's XML adapter gives a node (src/System.Management.Automation/engine/CoreAdapter.cs XmlNodeAdapter: attributes, then child nodes by local name; an element holding only text reads as the text; repeated elements read as an array) and to a node's ToString(), its LocalName (ToStringCodeMethods.XmlNode, types.ps1xml); XML text from reference/5.1/Microsoft.PowerShell.Utility/Select-Xml.md example 4
[xml]$b = '<?xml version="1.0" encoding="utf-8"?><Book><projects><project name="Book1" date="2009-01-20"><editions><edition language="English">En.Book1.com</edition><edition language="German">Ge.Book1.Com</edition></editions></project></projects></Book>'
$b
$b.Book.projects.project
$b.Book.projects.project.editions.edition
$b.Book.projects.project.editions.edition[1].language
