"""The Lync Server 2010 management cmdlets (module ``Lync``), answering from the session's
topology and lab state. Importing this package registers every cmdlet (each module's
``@cmdlet`` declarations), the views of the Lync types and what Get-Member lists for them."""
from . import (members, registrarconfig, services, testing, topologycmdlets, userpoolinfo, users, views,
               windowsservice)

__all__ = ["members", "registrarconfig", "services", "testing", "topologycmdlets", "userpoolinfo", "users",
           "views", "windowsservice"]
