<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.22.16-Białowieża" styleCategories="Symbology|Labeling|Rendering" labelsEnabled="0" hasScaleBasedVisibilityFlag="0" minScale="100000000" maxScale="0">
  <renderer-v2 type="categorizedSymbol" symbollevels="0" enableorderby="0" forceraster="0" referencescale="-1" attr="type">
    <categories>
      <category value="explosion" label="Explosion" symbol="0" render="true"/>
      <category value="missile_strike" label="Missile strike" symbol="1" render="true"/>
      <category value="drone_attack" label="Drone attack" symbol="2" render="true"/>
      <category value="air_strike" label="Air strike" symbol="3" render="true"/>
      <category value="shelling" label="Shelling or artillery" symbol="4" render="true"/>
      <category value="fire" label="Fire" symbol="5" render="true"/>
      <category value="ground_incursion" label="Ground incursion or fighting" symbol="6" render="true"/>
      <category value="air_defence" label="Air-defence activity or debris" symbol="7" render="true"/>
      <category value="evacuation" label="Evacuation" symbol="8" render="true"/>
      <category value="damage" label="Damage to buildings or infrastructure" symbol="9" render="true"/>
      <category value="attack" label="Attack (means not stated)" symbol="10" render="true"/>
      <category value="" label="Other or unknown type" symbol="11" render="true"/>
    </categories>
    <symbols>
      <symbol name="0" type="marker" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="name" value="star" type="QString"/>
            <Option name="color" value="228,26,28,255" type="QString"/>
            <Option name="size" value="3.6" type="QString"/>
            <Option name="size_unit" value="MM" type="QString"/>
            <Option name="outline_color" value="30,30,30,255" type="QString"/>
            <Option name="outline_style" value="solid" type="QString"/>
            <Option name="outline_width" value="0.3" type="QString"/>
            <Option name="outline_width_unit" value="MM" type="QString"/>
            <Option name="angle" value="0" type="QString"/>
            <Option name="scale_method" value="diameter" type="QString"/>
            <Option name="joinstyle" value="bevel" type="QString"/>
            <Option name="offset" value="0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="horizontal_anchor_point" value="1" type="QString"/>
            <Option name="vertical_anchor_point" value="1" type="QString"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol name="1" type="marker" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="name" value="triangle" type="QString"/>
            <Option name="color" value="55,126,184,255" type="QString"/>
            <Option name="size" value="3.6" type="QString"/>
            <Option name="size_unit" value="MM" type="QString"/>
            <Option name="outline_color" value="30,30,30,255" type="QString"/>
            <Option name="outline_style" value="solid" type="QString"/>
            <Option name="outline_width" value="0.3" type="QString"/>
            <Option name="outline_width_unit" value="MM" type="QString"/>
            <Option name="angle" value="0" type="QString"/>
            <Option name="scale_method" value="diameter" type="QString"/>
            <Option name="joinstyle" value="bevel" type="QString"/>
            <Option name="offset" value="0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="horizontal_anchor_point" value="1" type="QString"/>
            <Option name="vertical_anchor_point" value="1" type="QString"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol name="2" type="marker" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="name" value="diamond" type="QString"/>
            <Option name="color" value="77,175,74,255" type="QString"/>
            <Option name="size" value="3.6" type="QString"/>
            <Option name="size_unit" value="MM" type="QString"/>
            <Option name="outline_color" value="30,30,30,255" type="QString"/>
            <Option name="outline_style" value="solid" type="QString"/>
            <Option name="outline_width" value="0.3" type="QString"/>
            <Option name="outline_width_unit" value="MM" type="QString"/>
            <Option name="angle" value="0" type="QString"/>
            <Option name="scale_method" value="diameter" type="QString"/>
            <Option name="joinstyle" value="bevel" type="QString"/>
            <Option name="offset" value="0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="horizontal_anchor_point" value="1" type="QString"/>
            <Option name="vertical_anchor_point" value="1" type="QString"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol name="3" type="marker" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="name" value="square" type="QString"/>
            <Option name="color" value="152,78,163,255" type="QString"/>
            <Option name="size" value="3.6" type="QString"/>
            <Option name="size_unit" value="MM" type="QString"/>
            <Option name="outline_color" value="30,30,30,255" type="QString"/>
            <Option name="outline_style" value="solid" type="QString"/>
            <Option name="outline_width" value="0.3" type="QString"/>
            <Option name="outline_width_unit" value="MM" type="QString"/>
            <Option name="angle" value="0" type="QString"/>
            <Option name="scale_method" value="diameter" type="QString"/>
            <Option name="joinstyle" value="bevel" type="QString"/>
            <Option name="offset" value="0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="horizontal_anchor_point" value="1" type="QString"/>
            <Option name="vertical_anchor_point" value="1" type="QString"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol name="4" type="marker" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="name" value="pentagon" type="QString"/>
            <Option name="color" value="255,127,0,255" type="QString"/>
            <Option name="size" value="3.6" type="QString"/>
            <Option name="size_unit" value="MM" type="QString"/>
            <Option name="outline_color" value="30,30,30,255" type="QString"/>
            <Option name="outline_style" value="solid" type="QString"/>
            <Option name="outline_width" value="0.3" type="QString"/>
            <Option name="outline_width_unit" value="MM" type="QString"/>
            <Option name="angle" value="0" type="QString"/>
            <Option name="scale_method" value="diameter" type="QString"/>
            <Option name="joinstyle" value="bevel" type="QString"/>
            <Option name="offset" value="0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="horizontal_anchor_point" value="1" type="QString"/>
            <Option name="vertical_anchor_point" value="1" type="QString"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol name="5" type="marker" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="name" value="hexagon" type="QString"/>
            <Option name="color" value="255,255,51,255" type="QString"/>
            <Option name="size" value="3.6" type="QString"/>
            <Option name="size_unit" value="MM" type="QString"/>
            <Option name="outline_color" value="30,30,30,255" type="QString"/>
            <Option name="outline_style" value="solid" type="QString"/>
            <Option name="outline_width" value="0.3" type="QString"/>
            <Option name="outline_width_unit" value="MM" type="QString"/>
            <Option name="angle" value="0" type="QString"/>
            <Option name="scale_method" value="diameter" type="QString"/>
            <Option name="joinstyle" value="bevel" type="QString"/>
            <Option name="offset" value="0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="horizontal_anchor_point" value="1" type="QString"/>
            <Option name="vertical_anchor_point" value="1" type="QString"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol name="6" type="marker" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="name" value="circle" type="QString"/>
            <Option name="color" value="166,86,40,255" type="QString"/>
            <Option name="size" value="3.6" type="QString"/>
            <Option name="size_unit" value="MM" type="QString"/>
            <Option name="outline_color" value="30,30,30,255" type="QString"/>
            <Option name="outline_style" value="solid" type="QString"/>
            <Option name="outline_width" value="0.3" type="QString"/>
            <Option name="outline_width_unit" value="MM" type="QString"/>
            <Option name="angle" value="0" type="QString"/>
            <Option name="scale_method" value="diameter" type="QString"/>
            <Option name="joinstyle" value="bevel" type="QString"/>
            <Option name="offset" value="0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="horizontal_anchor_point" value="1" type="QString"/>
            <Option name="vertical_anchor_point" value="1" type="QString"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol name="7" type="marker" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="name" value="cross2" type="QString"/>
            <Option name="color" value="247,129,191,255" type="QString"/>
            <Option name="size" value="3.6" type="QString"/>
            <Option name="size_unit" value="MM" type="QString"/>
            <Option name="outline_color" value="30,30,30,255" type="QString"/>
            <Option name="outline_style" value="solid" type="QString"/>
            <Option name="outline_width" value="0.3" type="QString"/>
            <Option name="outline_width_unit" value="MM" type="QString"/>
            <Option name="angle" value="0" type="QString"/>
            <Option name="scale_method" value="diameter" type="QString"/>
            <Option name="joinstyle" value="bevel" type="QString"/>
            <Option name="offset" value="0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="horizontal_anchor_point" value="1" type="QString"/>
            <Option name="vertical_anchor_point" value="1" type="QString"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol name="8" type="marker" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="name" value="star" type="QString"/>
            <Option name="color" value="228,26,28,255" type="QString"/>
            <Option name="size" value="3.6" type="QString"/>
            <Option name="size_unit" value="MM" type="QString"/>
            <Option name="outline_color" value="30,30,30,255" type="QString"/>
            <Option name="outline_style" value="solid" type="QString"/>
            <Option name="outline_width" value="0.3" type="QString"/>
            <Option name="outline_width_unit" value="MM" type="QString"/>
            <Option name="angle" value="0" type="QString"/>
            <Option name="scale_method" value="diameter" type="QString"/>
            <Option name="joinstyle" value="bevel" type="QString"/>
            <Option name="offset" value="0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="horizontal_anchor_point" value="1" type="QString"/>
            <Option name="vertical_anchor_point" value="1" type="QString"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol name="9" type="marker" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="name" value="triangle" type="QString"/>
            <Option name="color" value="55,126,184,255" type="QString"/>
            <Option name="size" value="3.6" type="QString"/>
            <Option name="size_unit" value="MM" type="QString"/>
            <Option name="outline_color" value="30,30,30,255" type="QString"/>
            <Option name="outline_style" value="solid" type="QString"/>
            <Option name="outline_width" value="0.3" type="QString"/>
            <Option name="outline_width_unit" value="MM" type="QString"/>
            <Option name="angle" value="0" type="QString"/>
            <Option name="scale_method" value="diameter" type="QString"/>
            <Option name="joinstyle" value="bevel" type="QString"/>
            <Option name="offset" value="0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="horizontal_anchor_point" value="1" type="QString"/>
            <Option name="vertical_anchor_point" value="1" type="QString"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol name="10" type="marker" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="name" value="diamond" type="QString"/>
            <Option name="color" value="77,175,74,255" type="QString"/>
            <Option name="size" value="3.6" type="QString"/>
            <Option name="size_unit" value="MM" type="QString"/>
            <Option name="outline_color" value="30,30,30,255" type="QString"/>
            <Option name="outline_style" value="solid" type="QString"/>
            <Option name="outline_width" value="0.3" type="QString"/>
            <Option name="outline_width_unit" value="MM" type="QString"/>
            <Option name="angle" value="0" type="QString"/>
            <Option name="scale_method" value="diameter" type="QString"/>
            <Option name="joinstyle" value="bevel" type="QString"/>
            <Option name="offset" value="0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="horizontal_anchor_point" value="1" type="QString"/>
            <Option name="vertical_anchor_point" value="1" type="QString"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol name="11" type="marker" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="name" value="circle" type="QString"/>
            <Option name="color" value="160,160,160,255" type="QString"/>
            <Option name="size" value="2.8" type="QString"/>
            <Option name="size_unit" value="MM" type="QString"/>
            <Option name="outline_color" value="30,30,30,255" type="QString"/>
            <Option name="outline_style" value="solid" type="QString"/>
            <Option name="outline_width" value="0.3" type="QString"/>
            <Option name="outline_width_unit" value="MM" type="QString"/>
            <Option name="angle" value="0" type="QString"/>
            <Option name="scale_method" value="diameter" type="QString"/>
            <Option name="joinstyle" value="bevel" type="QString"/>
            <Option name="offset" value="0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="horizontal_anchor_point" value="1" type="QString"/>
            <Option name="vertical_anchor_point" value="1" type="QString"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </symbols>
    <rotation/>
    <sizescale/>
  </renderer-v2>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <layerOpacity>1</layerOpacity>
  <layerGeometryType>0</layerGeometryType>
</qgis>
